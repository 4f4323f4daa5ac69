// Shapes of think-tank reports: an acronym that is an English word defined in brackets after
// the name it spells, a "<head> for the ..." name with an apposition after it, a heading of a
// title's word and a section's word. Invented sentences, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('shapes of think-tank reports', () => {
  it.each([
    // an acronym that is a word, defined after the name it spells, and used again
    ["The Zorvan People's Liberation Army Navy (PLAN) grew fast. PLAN ships sailed south.", ["ORG Zorvan People's Liberation Army Navy"]],
    // negatives: a word in capitals in brackets that spells no name before it
    ['The Kelby Harbor Board (PLAN) met.', ['ORG Kelby Harbor Board']],
    // the apposition is the whole body's, not the name after its "for the"
    ['Meanwhile, the Institute for the Study of Zorvan Wars, a Kelby-based think tank, said so.', ['ORG Institute for the Study of Zorvan Wars', 'LOCATION Kelby']],
    // a heading of a title's word and a section's word
    ['Executive Summary\n\nThe Zorvan Institute said so.', ['ORG Zorvan Institute']],
    // negatives: a title and a surname alone on a line
    ['President Kelvane\n\nThe Zorvan Institute said so.', ['PERSON Kelvane', 'ORG Zorvan Institute']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('acronyms in mixed case', () => {
  it.each([
    ['The Zorvan Science and Technology Laboratory (Zstl) tested it. Zstl said so.', ['ORG Zorvan Science and Technology Laboratory', 'ORG Zstl']],
    ['The MoD said the jets were ready.', ['ORG MoD']],
    ['A DoD spokesman declined to comment.', ['ORG DoD']],
    // negatives: a word in brackets that spells no name before it, a nickname
    ['The Kelby Harbor Board (Kelby) met.', ['ORG Kelby Harbor Board']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

// A broadcaster's station or channel named with its number: invented phrases, with negatives
// (a number that counts what follows it, a head word in lower case).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe("a station's number belongs to its name", () => {
  it.each([
    ['The minister told Kelby Radio 4 on Monday that talks would resume.', ['ORG Kelby Radio 4']],
    ['The film was shown on Channel 4 last year.', ['ORG Channel 4']],
    // at the start of a sentence, and with the words after the number
    ['Channel 9 aired the debate.', ['ORG Channel 9']],
    ['Channel 4 News broke the story.', ['ORG Channel 4 News']],
    ['She told Radio 5 Live that she would stand.', ['ORG Radio 5 Live']],
    // a day after the number is no part of the name
    ['He spoke on Channel 4 Monday night.', ['ORG Channel 4']],
    // negatives: the number counts the word after it; a common noun in lower case
    ['The ferry sank in the Channel 9 miles off the coast.', []],
    ['The station played the radio 4 times a day.', []],
  ])('%s', (text, expected) => check(text, expected));
});

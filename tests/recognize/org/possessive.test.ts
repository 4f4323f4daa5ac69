// A common noun's possessive opens an organization's name; a place's or a person's does not.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a possessive inside an organization name', () => {
  it.each([
    ["Grower's Mutual Bank raised its rates.", ["ORG Grower's Mutual Bank"]],
    ["She was taken to the Children's Hospital on Monday.", ["ORG Children's Hospital"]],
    ["He chairs the Sailor's Benevolent Society.", ["ORG Sailor's Benevolent Society"]],
    // negatives: a place, a day, a person before the name
    ["Russia's Foreign Ministry denied the report.", ['LOCATION Russia', 'ORG Foreign Ministry']],
    ["Monday's Security Council vote was delayed.", ['ORG Security Council']],
    // company names shaped like a person's or a place's
    ['Analysts said Marlow Group would grow.', ['ORG Marlow Group']],
    ['The deal with Dover Holdings closed.', ['ORG Dover Holdings']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

// person.tagged before a noun of a place, a thing or a firm called after a person
// (named-after-heads.txt): "Lincoln Reservoir" names the reservoir, not a person. Invented phrases.
import { beforeAll, describe, expect, it } from 'vitest';
import { names, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

const persons = (text: string): string[] => names(text).filter((n) => n.startsWith('PERSON '));

describe('no person when a named-after noun ends the words', () => {
  it.each([
    'Water flows into Lincoln Reservoir each spring.',
    'He skated at Victoria Rink in May.',
    'Crowds filled Davis Gym on Friday.',
    'Boats waited at Clarence Dock on Monday.',
    'She won the Edward Kelby Prize in 2001.',
  ])('%s', (text) => expect(persons(text)).toEqual([]));
});

describe('a person whose name ends in a word that is none of those nouns', () => {
  it.each([
    ['He played for Tom Kelby in May.', ['PERSON Tom Kelby']],
    ['She won the race. Ann Rink said she was happy.', ['PERSON Ann Rink']],
    ['The deal was signed by Steve Cook on Monday.', ['PERSON Steve Cook']],
  ] as [string, string[]][])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
});

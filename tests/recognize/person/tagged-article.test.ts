// person.tagged after "the": a definite article before the words names a thing, a place or
// a prize, not a person's bare name, unless a given name opens a full name. Invented names.
import { beforeAll, describe, expect, it } from 'vitest';
import { names, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

const persons = (text: string): string[] => names(text).filter((n) => n.startsWith('PERSON '));

describe('a person after "the"', () => {
  it.each([
    ['They watched the Tom Kelbow film on Friday.', ['PERSON Tom Kelbow']],
    ['Flowers were left for the late Ann Kelbow.', ['PERSON Ann Kelbow']],
    ['Harrison said the plan would fail.', ['PERSON Harrison']],
  ] as [string, string[]][])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
});

describe('no person after "the" without a given name', () => {
  it.each([
    'Trains ran on the Harrison extension until 1950.',
    'The team won the Franklin last season.',
  ])('%s', (text) => expect(persons(text)).toEqual([]));
});

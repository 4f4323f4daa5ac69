// person.tagged after a word of where one comes from: "fellow Texan Tom Kelby" names Tom
// Kelby; the demonym is no part of the name. Invented names, with negatives.
import { beforeAll, describe, expect, it } from 'vitest';
import { names, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

const persons = (text: string): string[] => names(text).filter((n) => n.startsWith('PERSON '));

describe('a demonym before a given name and a surname', () => {
  it.each([
    ['He beat fellow Texan Tom Kelby in May.', ['PERSON Tom Kelby']],
    ['Queenslander Mitchell Dunmore won the heat.', ['PERSON Mitchell Dunmore']],
    ['He beat fellow Minnesotan Scott Kelby in May.', ['PERSON Scott Kelby']],
    ['He met Californian Ann Dunmore on Friday.', ['PERSON Ann Dunmore']],
    // a given name opening a full name is no demonym, whatever its ending
    ['Adrian John Kelby won the heat.', ['PERSON Adrian John Kelby']],
    ['The prize went to Christian Tom Kelby.', ['PERSON Christian Tom Kelby']],
  ] as [string, string[]][])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
});

// A name the document says is a people, a tribe, a clan or a caste is none of our types
// wherever it stands; a town or a land described by its people keeps its reading.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { peopleNames } from '../../src/resolve/people-names.js';

const names = (text: string) => extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.map((e) => `${e.type} ${e.name}`);

describe('the names a document says are peoples', () => {
  it.each([
    ['The Dorvai, a nomadic people, crossed the river.', ['Dorvai']],
    ['Elders of the Harrat, a Bedouin tribe, met.', ['Harrat']],
    ['The Tarvani are an ethnic minority of the north.', ['Tarvani']],
    ['The Abgal Dor, a powerful clan, rejected the deal.', ['Abgal Dor']],
    // not a town of so many people, nor a community or a nation
    ['Kelby, a town of 5,000 people, voted.', []],
    ['Dunmore, a farming community, flooded.', []],
    ['Kelvania, a nation of islands, voted.', []],
    // nor a person of a minority's stake
    ['Tom Hale, a minority shareholder, sold.', []],
  ] as [string, string[]][])('%s', (text, expected) => expect([...peopleNames(text)]).toEqual(expected));
});

describe('their mentions are dropped, however a rule read them', () => {
  it.each([
    ['The Dorvai, a nomadic people, lived in the hills. The Dorvai attacked at night. Officials said the Dorvai fled.', []],
    ['Kelby, a town of 5,000 people, voted. Kelby council met on Monday.', ['LOCATION Kelby']],
  ] as [string, string[]][])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

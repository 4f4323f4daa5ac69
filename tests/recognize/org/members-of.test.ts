// org.members-of: capitalized words, a plural noun of the people a society gathers, "of" or
// "for" and a name are one organization. Invented societies, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a society named by its members, "of" or "for" and a name', () => {
  it.each([
    // the words after "of" would read as a place alone
    ['He was a member of the United Farmers of Dunmore.', ['ORG United Farmers of Dunmore']],
    ['She joined the Girl Guides of Kelbania.', ['ORG Girl Guides of Kelbania']],
    ['The Kelby Mine Workers of Sarnia went on strike.', ['ORG Kelby Mine Workers of Sarnia']],
    // "for" and a cause; plurals that open such a name alone
    ['The report by Physicians for Kelby Rights was cited.', ['ORG Physicians for Kelby Rights']],
    ['He sued Friends of the Kelby Valley in May.', ['ORG Friends of the Kelby Valley']],
    ['She spoke to the Knights of Dunmore on Friday.', ['ORG Knights of Dunmore']],
    // negatives: a plural with nothing before it that needs it; a title's plural; the
    // plural in lower case; a building named for the society is a place
    ['They met the Farmers of Dunmore.', []],
    ['Foreign Ministers of Kelbania met in Dunmore.', ['LOCATION Dunmore']],
    ['Kelby farmers of Dunmore sold their grain.', []],
    ['The talk was held at the Daughters of Kelby Memorial Hall.', ['LOCATION Daughters of Kelby Memorial Hall']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

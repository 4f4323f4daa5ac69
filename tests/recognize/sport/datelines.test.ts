// A wire dateline names the place the story was filed from, in capitals, then its region
// and the date: the place and the region are places, known or not. Invented places.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, names, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a dateline that ends in a date names places', () => {
  it.each([
    ['TOLVANE, Zemblania 1996-08-22\nThe plant closed on Thursday.', ['LOCATION Tolvane', 'LOCATION Zemblania']],
    ['TOLVANE 1996-08-22\nThe plant closed on Thursday.', ['LOCATION Tolvane']],
    ['NORTH TOLVANE, Zemblania, Aug 22 (Reuters) - The plant closed on Thursday.', ['LOCATION North Tolvane', 'LOCATION Zemblania', 'ORG Reuters']],
    ['TOLVANE, Zemblania (Reuters) - The plant closed on Thursday.', ['LOCATION Tolvane', 'LOCATION Zemblania', 'ORG Reuters']],
    // a known region, as before
    ['TOLVANE, Ohio 1996-08-22\nThe plant closed on Thursday.', ['LOCATION Tolvane', 'LOCATION Ohio']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // a headline in capitals is no dateline
    ['PLANT CLOSES IN ZEMBLANIA\nThe plant closed on Thursday.', 'LOCATION Plant'],
    // capitals and a date inside a sentence
    ['The plant said TOLVANE 1996 was a good year.', 'LOCATION TOLVANE'],
  ])('not: %s', (text, absent) => expect(mentions(text)).not.toContain(absent));
});

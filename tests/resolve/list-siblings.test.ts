// The names listed beside a company the document names ("A, B and C") are companies too
// when no rule read them in their sentence; beside a band or a people, or a place, a
// people or a person's given name in the list, nothing is added.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const names = (text: string) => extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.map((e) => `${e.type} ${e.name}`);

describe('names listed beside a company', () => {
  it.each([
    ['Brellix Corp. cut prices. Brellix, Tarvin and Quorvane face higher costs.', ['ORG Brellix Corp', 'ORG Tarvin', 'ORG Quorvane']],
    ['Kelby Holdings said profit rose. Investors sold Kelby and Dunvane.', ['ORG Kelby Holdings', 'ORG Dunvane']],
    ['Brellix (NYSE: BRX) rose. Brellix or Tarvin may bid.', ['ORG Brellix', 'ORG NYSE', 'ORG BRX', 'ORG Tarvin']],
    // a firm the lists of companies know, or compromise's lexicon, vouches too
    ['The deal was advised by Lazbury and Goldman Sachs.', ['ORG Lazbury', 'ORG Goldman Sachs']],
    ['Fans of Kelbrook and Harvard University cheered.', ['ORG Kelbrook', 'ORG Harvard University']],
    // a place, a people or a person's given name keeps out of it
    ['Brellix Corp. cut prices. Brellix, London and Paris said so.', ['ORG Brellix Corp', 'LOCATION London', 'LOCATION Paris']],
    ['Kelby Corp. said. Kelby, German and Dutch firms rose.', ['ORG Kelby Corp']],
    // beside an organization that is no company, nothing
    ['The Kelby Band played. He likes Kelby Band and Tohvar.', ['ORG Kelby Band']],
    ['Goldman Sachs hired Tom Hale. Goldman Sachs and Oxford bid.', ['ORG Goldman Sachs', 'PERSON Tom Hale', 'LOCATION Oxford']],
  ] as [string, string[]][])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

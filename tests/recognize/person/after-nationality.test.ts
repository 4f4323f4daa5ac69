// A nationality before a person's name is no part of the name ("Italian Ann Hale", as sports
// wires name athletes); a body named by a nationality and a given name stays whole.
// Invented names.
import { beforeAll, describe, expect, it } from 'vitest';
import { names, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('a nationality before a person\'s name', () => {
  it.each([
    ['Italian Ann Hale won the 800 metres.', ['PERSON Ann Hale']],
    ['The title went to Australian Tom Reed on Sunday.', ['PERSON Tom Reed']],
    ['He beat German Karl Venn 6-3 6-4.', ['PERSON Karl Venn']],
    ['Kenyan Daniel Orrin Tovic led from the start.', ['PERSON Daniel Orrin Tovic']],
    // a nationality's noun
    ['Briton Tom Reed won the stage.', ['PERSON Tom Reed']],
    ['The race went to Dutchman Karl Venn.', ['PERSON Karl Venn']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // a fund, a firm, a league: the nationality opens the body's name
    ['The German Marshall Fund said so.', ['ORG German Marshall Fund']],
    ['American Express said on Monday that card spending rose.', ['ORG American Express']],
    ['He won the Italian Open on Sunday.', []],
  ])('not: %s', (text, expected) => expect(names(text)).toEqual(expected));
});

// A company named in full and then by a short form is one organization (one sense per
// document), even when the short form is also a person's name; a surname of a person named
// in full stays the person's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const entities = (text: string) =>
  extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('short names of companies', () => {
  it.each([
    ['Ridgeway Trust Inc. reported a loss. Ridgeway said sales fell.', ['ORG Ridgeway Trust Inc: Ridgeway Trust Inc. | Ridgeway']],
    ['Harlan Mining Corp. cut output. Harlan shares fell 5 percent.', ['ORG Harlan Mining Corp: Harlan Mining Corp. | Harlan']],
    ['Tamsworth Group agreed to buy Kelvane Ltd. Tamsworth will pay cash for Kelvane.', ['ORG Tamsworth Group: Tamsworth Group | Tamsworth', 'ORG Kelvane Ltd: Kelvane Ltd. | Kelvane']],
    // three words ending in a head: the first word alone is the firm too
    ["Ellison Mutual Bank beat forecasts. Ellison's net income rose.", ["ORG Ellison Mutual Bank: Ellison Mutual Bank | Ellison"]],
    ['Analysts at Harlow Capital Partners cut the price. Harlow said so.', ['ORG Harlow Capital Partners: Harlow Capital Partners | Harlow']],
    // a word no lexicon knows, whatever its ending ("-ly"), at the start of a sentence too
    ['Shares of Tessaly Motors rose. Tessaly declined to comment.', ['ORG Tessaly Motors: Tessaly Motors | Tessaly']],
    // before a title of its own people
    ['Shares of Halvorsen Brothers fell. "We are sad," Halvorsen Chief Executive Mark Delaney said.', ['ORG Halvorsen Brothers: Halvorsen Brothers | Halvorsen', 'PERSON Mark Delaney: Mark Delaney']],
    // ... not before a capitalized word that is a title word alone ("Player" a surname here)
    ['Ben was second. Later Ben Player was angry.', ['PERSON Ben: Ben', 'PERSON Ben Player: Ben Player']],
    // ... nor before a name we did not read
    ['Dunmore Airways cut fares. Dunmore Airport was shut.', ['ORG Dunmore Airways: Dunmore Airways', 'LOCATION Dunmore Airport: Dunmore Airport']],
    // ... not a common word's
    ['The Federal Reserve Bank raised rates. Federal officials spoke.', ['ORG Federal Reserve Bank: Federal Reserve Bank']],
    // the surname of a person named in full is the person, whatever firm shares it
    ['Morgan Stanley & Co. hired Ann Morgan. Morgan said she was pleased.', ['ORG Morgan Stanley & Co: Morgan Stanley & Co.', 'PERSON Ann Morgan: Ann Morgan | Morgan']],
    ['Harlan Mining Corp. hired Lee Harlan. Harlan said he was pleased.', ['ORG Harlan Mining Corp: Harlan Mining Corp.', 'PERSON Lee Harlan: Lee Harlan | Harlan']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

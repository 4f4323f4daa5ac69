// A ship named with its prefix and then without it is still the ship: none of its mentions
// is a person, place or organization. Names of no ship stay as they were.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { vesselNames } from '../../src/resolve/vessel-names.js';

const entities = (text: string) =>
  extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('a ship named again without its prefix', () => {
  it.each([
    ['The USS Harold T. Mercer left port on Monday. Jets flew from the Harold T. Mercer all week.', []],
    ['The destroyer USS Kelso shot down two drones. Later the Kelso returned to port.', []],
    // the same words with no prefix anywhere in the document are read as usual
    ['Harold T. Mercer said on Monday that the plan would work.', ['PERSON Harold T. Mercer: Harold T. Mercer']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("the ships' names a text writes with a prefix", () => {
  it.each([
    ['The USS Harold T. Mercer sailed.', ['Harold T. Mercer']],
    ['HMS Duke of Kelby and INS Vandar met.', ['Duke of Kelby', 'Vandar']],
    ['The USSR fell. INSIDE the HMS.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect([...vesselNames(text)]).toEqual(expected);
  });
});

// The state of a legislator's party tag after the name is a place ("Sen. Dana Kell
// (R-Ariz.)"): invented people, with negatives (no person before it, no state).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const names = (text: string) => extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type} ${m.text}` }))).sort((a, b) => a.at - b.at).map((m) => m.s);

describe('location.party-state', () => {
  it.each([
    ['Sen. Dana Kell (R-Ariz.) said the bill was dead.', ['PERSON Dana Kell', 'LOCATION Ariz.']],
    ['Rep. Lee Moss, D-N.Y., disagreed with the plan.', ['PERSON Lee Moss', 'LOCATION N.Y.']],
    ['Sen. Ann Roe (D-New Mexico) and Rep. Ivo Marek (R-Calif) voted no.', ['PERSON Ann Roe', 'LOCATION New Mexico', 'PERSON Ivo Marek', 'LOCATION Calif']],
    // a text split into tokens, spaces inside the brackets
    ['Senator Dana Kell ( R-Texas ) said the bill was dead .', ['PERSON Dana Kell', 'LOCATION Texas']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('names an abbreviated state in full, as after a town and a comma', () => {
    const states = (text: string) => extract(text, { types: ['LOCATION'] }).entities.map((e) => e.name);
    expect(states('Sen. Tom Hale, R-Okla., said so.')).toEqual(['Oklahoma']);
    expect(states('Sen. Dana Kell (R-Ariz.) said so. Arizona voted.')).toEqual(['Arizona']);
  });

  it.each([
    // no person before the tag; no state of the regions
    ['The committee (R-Ariz.) met on Monday.', 'LOCATION Ariz.'],
    ['Sen. Dana Kell (R-Ruritania) said so.', 'LOCATION Ruritania'],
    // a postal code: read as a word too ("R-IN", "D-OR")
    ['Sen. Dana Kell (R-IN) said so.', 'LOCATION IN'],
  ])('not: %s', (text, absent) => expect(names(text)).not.toContain(absent));
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isListedOrg, listedOrgsFromList } from '../../../src/recognize/org/listed-orgs.js';

describe('organizations named in full (listed-orgs.txt, filtered at build time)', () => {
  it.each([
    ['Lockheed Martin', true],
    ['Northrop Grumman', true],
    ['BAE Systems', true],
    ['Rheinmetall', true],
    ['Aalborg University', true],
    // a holding's name less "Group" or "Holdings", as news writes it ("Credit Suisse Group")
    ['Credit Suisse', true],
    ['Credit Suisse Group', true],
    ['Lloyds Banking', true],
    // ... not when every word left is a common one ("At Home Group")
    ['At Home', false],
    // written otherwise
    ['lockheed martin', false],
    ['LOCKHEED MARTIN', false],
    // places, a person's name, a person's name and a product, common words with a head word,
    // "The" and one word, a lone letter, the market index, a common word alone
    ['Hong Kong', false],
    ['Ralph Lauren', false],
    ['Campbell Soup', false],
    ['School of Management', false],
    ['Energy Resources', false],
    ['General Dynamics', false],
    ['The Southern', false],
    ['Capital A', false],
    ['Nasdaq', false],
    ['Magnum', false],
  ])('%s -> %s', (name, expected) => {
    expect(isListedOrg(name)).toBe(expected);
  });

  it('the built snapshot (dist/) holds what the list gives', () => {
    const built = JSON.parse(readFileSync(new URL('../../../dist/recognize/org/listed-orgs.json', import.meta.url), 'utf8')) as string[];
    expect(built).toEqual(listedOrgsFromList());
    expect(built.length).toBeGreaterThan(10_000);
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isKnownOrg, knownOrgsFromPackage } from '../../../src/recognize/org/known-orgs.js';

// from src/ there is no snapshot: the first lookup builds the table from the packages
beforeAll(() => {
  isKnownOrg('Boeing');
}, 60_000);

describe('companies known by one word (@cspell/dict-companies)', () => {
  it.each([
    ['Boeing', true],
    ['Accenture', true],
    ['AstraZeneca', true],
    ['Medtronic', true],
    ['Gazprom', true],
    ['Huawei', true],
    ["McDonald's", true],
    // written otherwise
    ['boeing', false],
    // common words, tickers, names, places and fragments of longer names
    ['Advance', false],
    ['Aid', false],
    ['Apple', false],
    ['AAPL', false],
    ['Abdullah', false],
    ['Aberdeen', false],
    ["King's", false],
    ['Deutsche', false],
    ['Phnom', false],
    ['British', false],
    ['GmbH', false],
    ['Vegas', false],
    ['Shares', false],
  ])('%s -> %s', (word, expected) => {
    expect(isKnownOrg(word)).toBe(expected);
  });

  it('the built snapshot (dist/) holds what the package gives', () => {
    const built = JSON.parse(readFileSync(new URL('../../../dist/recognize/org/known-orgs.json', import.meta.url), 'utf8')) as string[];
    expect(built).toEqual(knownOrgsFromPackage());
    expect(built.length).toBeGreaterThan(500);
  });
});

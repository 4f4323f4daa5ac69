import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isGivenName, isSurname, namesFromPackages, snapshotLines } from '../../../src/recognize/person/given-names.js';

// from src/ there is no snapshot: the first lookup builds the table from the packages
beforeAll(() => {
  isGivenName('Ahmed');
}, 60_000);

describe('given names of many cultures (gender-detection-from-name, @faker-js/faker)', () => {
  it.each([
    // Arabic, West African, East African, South and East Asian, Turkish, Slavic, English
    ['Ahmed', true],
    ['Abdullahi', true],
    ['Oluwaseun', true],
    ['Ngozi', true],
    ['Chinedu', true],
    ['Kwame', true],
    ['Mamadou', true],
    ['Sanjay', true],
    ['Narendra', true],
    ['Hiroshi', true],
    ['Recep', true],
    ['Volodymyr', true],
    ['Jennifer', true],
    // opens many places' names, but compromise knows it as a name
    ['Juan', true],
    // written in lower case: not a name as written
    ['ahmed', false],
    // common English words and words compromise types otherwise
    ['Will', false],
    ['May', false],
    ['Grace', false],
    ['Mark', false],
    ['Said', false],
    ['Paris', false],
    ['Sunday', false],
    ['Israel', false],
    // opens many places' names ("San Francisco", "Sidi Bouzid")
    ['San', false],
    ['Santa', false],
    ['Sidi', false],
    // a word of a big city's name ("Los Angeles", "Hong Kong")
    ['Angeles', false],
    ['Hong', false],
    ['The', false],
    ['Shares', false],
  ])('%s -> %s', (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });
});

describe('surnames of many cultures (@faker-js/faker)', () => {
  it.each([
    ['Bello', true],
    ['Pandey', true],
    ['Dvořák', true],
    ['Dvorak', true],
    ['Figueroa', true],
    ['bello', false],
    ['Rose', false],
    ['King', false],
    ['Young', false],
    ['Long', false],
  ])('%s -> %s', (word, expected) => {
    expect(isSurname(word)).toBe(expected);
  });
});

describe('the snapshot', () => {
  it('the built snapshot (dist/) holds what the packages give', { timeout: 60_000 }, () => {
    // a line per name with "g" (given), "s" (surname) or "gs"
    const built = readFileSync(new URL('../../../dist/recognize/person/given-names.txt', import.meta.url), 'utf8');
    const names = namesFromPackages();
    expect(built).toBe(snapshotLines(names));
    expect(names.given.length).toBeGreaterThan(50_000);
    expect(names.surnames.length).toBeGreaterThan(10_000);
  });
});

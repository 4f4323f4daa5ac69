// Shared assertion for the ORG tables: each invented phrase gives exactly these names
// (type and canonical name), in order of first mention.
import { expect } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];

export const names = (text: string): string[] =>
  extract(text, { date: '2014-03-12', types: NAME_TYPES }).entities.map((e) => `${e.type} ${e.name}`);

export function check(text: string, expected: string[]): void {
  expect(names(text)).toEqual(expected);
}

/** From src/ there are no snapshots: the first extraction builds the tables from the packages. */
export const warm = (): void => void names('Boeing said so.');

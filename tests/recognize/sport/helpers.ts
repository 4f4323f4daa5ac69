// Shared assertion for the sports and wire-format tables: each invented text gives exactly
// these names (type and canonical name), in order of first mention.
import { expect } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];

export const names = (text: string): string[] =>
  extract(text, { date: '1996-08-22', types: NAME_TYPES }).entities.map((e) => `${e.type} ${e.name}`);

/** Each mention of the text as "TYPE text". */
export const mentions = (text: string): string[] =>
  extract(text, { date: '1996-08-22', types: NAME_TYPES })
    .entities.flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type} ${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.s);

export function check(text: string, expected: string[]): void {
  expect(names(text)).toEqual(expected);
}

/** From src/ there are no snapshots: the first extraction builds the tables from the packages. */
export const warm = (): void => void names('Boeing said so.');

// Shared assertion for the tables of English news from Africa, Asia, Latin America and
// Oceania: each invented phrase gives exactly these entities, "TYPE name: mention, ...",
// in order of first mention.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];

export const entities = (text: string): string[] =>
  extract(text, { date: '2014-03-12', types: NAME_TYPES }).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);

export type Case = { text: string; expect: string[] };

export const table = (title: string, cases: Case[]): void =>
  describe(title, () => {
    for (const c of cases) it(c.text, () => expect(entities(c.text)).toEqual(c.expect));
  });

// Facts read from the entities and the text. Facts name entities by canonical name.
import type { Analysis } from '../pipeline.js';
import type { Entity, Fact } from '../types.js';
import { rolesFromTitles } from './roles.js';

/** Finds the entity one of whose mentions has exactly this span. */
export function entityLocator(entities: readonly Entity[]): (start: number, end: number) => Entity | undefined {
  const index = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) index.set(`${m.start}:${m.end}`, e);
  return (start, end) => index.get(`${start}:${end}`);
}

export function extractFacts(a: Analysis): Fact[] {
  const at = entityLocator(a.entities);
  const facts: Fact[] = [...rolesFromTitles(a.titles, at)];
  return facts.sort((x, y) => x.start - y.start || x.end - y.end);
}

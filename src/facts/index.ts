// Facts read from the entities and the text: roles, quotes, funding. Facts name entities by
// canonical name; offsets are plain-text UTF-16 indices (the emit stage maps them).
// The rules run in one literal order; for roles the order is also the order of trust
// (the first fact for a person and title wins).
import type { Analysis, Entity, Fact } from '../types.js';
import { buildContext } from './context.js';
import { extractFunding } from './funding.js';
import { extractQuotes } from './quotes.js';
import { rolesFromAppositions } from './roles-apposition.js';
import { rolesFromCopulas } from './roles-copula.js';
import { rolesFromPluralTitles } from './roles-plural.js';
import { rolesFromLowerTitles, rolesFromTitles } from './roles-title.js';
import { rolesFromWhose } from './roles-whose.js';
import { uniqueRoles } from './role-fact.js';

/** Finds the entity one of whose mentions has exactly this span. */
export function entityLocator(entities: readonly Entity[]): (start: number, end: number) => Entity | undefined {
  const index = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) index.set(`${m.start}:${m.end}`, e);
  return (start, end) => index.get(`${start}:${end}`);
}

export function extractFacts(a: Analysis): Fact[] {
  const ctx = buildContext(a);
  const covered = new Set(a.titles.map((t) => t.person.start));
  const roles = uniqueRoles(ctx, [
    ...rolesFromTitles(ctx, a.titles),
    ...rolesFromLowerTitles(ctx, covered),
    ...rolesFromAppositions(ctx),
    ...rolesFromCopulas(ctx),
    ...rolesFromWhose(ctx),
    ...rolesFromPluralTitles(ctx),
  ]);
  const facts: Fact[] = [...roles, ...extractQuotes(ctx, roles), ...extractFunding(ctx)];
  return facts.sort((x, y) => x.start - y.start || x.end - y.end);
}

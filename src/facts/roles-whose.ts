// Role facts from a relative clause on an organization: "Acme Corp., whose chairman is Ann
// Roe, lost money" -> Ann Roe, "chairman", org Acme Corp (role.whose). The title phrase
// must run from "whose" to the copula, and the copula end at the name.
import type { RoleFact } from '../types.js';
import { lower, tokenAt, TYPES_OF_ORG, type FactContext } from './context.js';
import { roleFact } from './role-fact.js';
import { readTitleForward } from './title-phrase.js';

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const MAX_TITLE = 8; // tokens from "whose" to the name

export function rolesFromWhose(ctx: FactContext): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const p of ctx.persons) {
    const si = ctx.sentenceAt(p.mention.start);
    if (si < 0) continue;
    const s = ctx.sentences[si]!;
    const j = tokenAt(s, p.mention.start);
    if (j < 3 || !COPULAS.has(lower(s.tokens[j - 1]))) continue;
    let w = j - 2;
    while (w > 0 && j - w < MAX_TITLE && lower(s.tokens[w]) !== 'whose') w--;
    if (lower(s.tokens[w]) !== 'whose') continue;
    const phrase = readTitleForward(ctx, s, w + 1);
    if (!phrase || phrase.to !== j - 1) continue;
    // the organization the clause is on: named right before "whose" (", whose")
    const before = w > 0 ? ctx.endingAtToken(s.tokens[w - 1]!) : undefined;
    const org = phrase.org ?? (before && TYPES_OF_ORG.has(before.entity.type) ? before.entity : undefined);
    const start = before && org === before.entity ? before.mention.start : s.tokens[w]!.start;
    for (const t of phrase.titles) facts.push(roleFact(p.entity, t, org, start, p.mention.end, 'role.whose'));
  }
  return facts;
}

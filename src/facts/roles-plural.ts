// Role facts from a plural title before names joined by "and": "co-founders Ann and Bob
// Lee", "Senators Ann Roe and Tom Reed" -> each person, the title in the singular
// (role.plural-title).
import type { Token } from '../nlp/tagger.js';
import type { RoleFact } from '../types.js';
import { endsPhrase, lower, normTitle, tokenAt, tokenEndingAt, type FactContext } from './context.js';
import { roleFact } from './role-fact.js';

/** The singular title a plural word or two before token e writes ("co-founders" -> "co-founder"), with its first token. */
function pluralTitleBefore(ctx: FactContext, toks: readonly Token[], e: number): { title: string; from: number } | undefined {
  for (let n = Math.min(2, e); n >= 1; n--) {
    const from = e - n;
    if (toks.slice(from, e - 1).some((t) => endsPhrase(t))) continue;
    const text = ctx.text.slice(toks[from]!.start, toks[e - 1]!.end);
    if (!/[^s]s$/i.test(text)) continue;
    const one = text.slice(0, -1);
    if (ctx.lex.titles.has(normTitle(one)) && !ctx.lex.honorifics.has(normTitle(one))) return { title: one, from };
  }
  return undefined;
}

export function rolesFromPluralTitles(ctx: FactContext): RoleFact[] {
  const facts: RoleFact[] = [];
  const ps = ctx.persons;
  for (let i = 0; i + 1 < ps.length; i++) {
    const a = ps[i]!;
    const b = ps[i + 1]!;
    const si = ctx.sentenceAt(a.mention.start);
    if (si < 0 || ctx.sentenceAt(b.mention.start) !== si) continue;
    const s = ctx.sentences[si]!;
    const j = tokenAt(s, a.mention.start);
    const e = tokenEndingAt(s, a.mention.end);
    if (j <= 0 || e < 0 || endsPhrase(s.tokens[j - 1]!) || lower(s.tokens[e + 1]) !== 'and' || s.tokens[e + 2]?.start !== b.mention.start) continue;
    const t = pluralTitleBefore(ctx, s.tokens, j);
    if (!t) continue;
    const start = s.tokens[t.from]!.start;
    facts.push(roleFact(a.entity, t.title, undefined, start, b.mention.end, 'role.plural-title'));
    facts.push(roleFact(b.entity, t.title, undefined, start, b.mention.end, 'role.plural-title'));
  }
  return facts;
}

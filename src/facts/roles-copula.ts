// Role facts from a copula: "Smith is the chairman of Acme", "Jones was named chief
// executive of Acme", "Brown has served as ambassador to Russia" (role.copula). The verb
// groups are data (lexicon/copulas.txt); a negation or any other word in between stops
// the rule ("Smith is not the chairman").
import type { TaggedSentence } from '../nlp/tagger.js';
import type { RoleFact } from '../types.js';
import { endsPhrase, lower, tokenEndingAt, type FactContext } from './context.js';
import { roleFact } from './role-fact.js';
import { phraseEnds, readTitleForward } from './title-phrase.js';

/** Where the title starts after a copula group at token i, or -1. */
export function readCopula(ctx: FactContext, s: TaggedSentence, i: number): number {
  for (const words of ctx.lex.copulas) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = s.tokens[i + k];
      ok = !!t && lower(t) === words[k] && (k === words.length - 1 || !endsPhrase(t));
    }
    if (ok && !endsPhrase(s.tokens[i + words.length - 1]!)) return i + words.length;
  }
  return -1;
}

export function rolesFromCopulas(ctx: FactContext): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const p of ctx.persons) {
    const si = ctx.sentenceAt(p.mention.start);
    if (si < 0) continue;
    const s = ctx.sentences[si]!;
    const e = tokenEndingAt(s, p.mention.end);
    if (e < 0 || s.tokens[e]!.end !== p.mention.end || endsPhrase(s.tokens[e]!)) continue;
    const i = readCopula(ctx, s, e + 1);
    if (i < 0) continue;
    const phrase = readTitleForward(ctx, s, i);
    if (!phrase || !phraseEnds(s, phrase)) continue;
    const end = s.tokens[phrase.to - 1]!.end;
    for (const t of phrase.titles) facts.push(roleFact(p.entity, t, phrase.org, p.mention.start, end, 'role.copula'));
  }
  return facts;
}

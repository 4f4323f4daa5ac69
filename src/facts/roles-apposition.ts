// Role facts from a title phrase set off by commas next to a name.
//  - role.apposition: "Neile Miller, acting head of the National Nuclear Security
//    Administration, said" -> "acting head", org NNSA; "John Smith, 52, chairman and chief
//    executive of Acme" -> two facts; "Smith, who is the chairman of Acme," too.
//  - role.title-comma-name: "The agency's spokesman, Robert Middaugh, said" (the name is
//    closed by a comma too, so that "Along with the chairman, Smith said" is not read).
import type { TaggedSentence } from '../nlp/tagger.js';
import type { RoleFact } from '../types.js';
import { has, lower, tokenAt, tokenEndingAt, type FactContext, type Named } from './context.js';
import { readCopula } from './roles-copula.js';
import { roleFact } from './role-fact.js';
import { phraseEnds, readTitleBackward, readTitleForward } from './title-phrase.js';

const MAX_BRACKETED = 4; // "(D., Mich.)"
/** A legislator's party and state as one token: "R-Okla", "D-N.Y". */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

function afterName(ctx: FactContext, s: TaggedSentence, p: Named): RoleFact[] {
  let e = tokenEndingAt(s, p.mention.end);
  if (e < 0 || s.tokens[e]!.end !== p.mention.end) return [];
  // a party and state in brackets: "Sen. Carla Brandt (D., Mich.), the ranking Democrat"
  if (/^\s*\($/.test(s.tokens[e]!.post) || /\(/.test(s.tokens[e + 1]?.pre ?? '')) {
    let k = e + 1;
    while (k < s.tokens.length && k - e <= MAX_BRACKETED && !/\)/.test(s.tokens[k]!.post)) k++;
    if (k < s.tokens.length && /\)\s*,/.test(s.tokens[k]!.post)) e = k;
  }
  if (!/^[.)]*\s*,\s*$/.test(s.tokens[e]!.post.replace(/^\./, ''))) return [];
  // a party and state set off by commas: "Sen. Tom Hale, R-Okla., chairman of ..."
  if (PARTY_TAG.test(s.tokens[e + 1]?.text ?? '') && /^\.?\s*,\s*$/.test(s.tokens[e + 1]!.post)) e++;
  let i = e + 1;
  // an age: "John Smith, 52, chairman of Acme"
  if (has(s.tokens[i], 'Value') && s.tokens[i]!.post.trim() === ',') i++;
  // "Smith, who is the chairman of Acme,"
  if (lower(s.tokens[i]) === 'who') {
    const c = readCopula(ctx, s, i + 1);
    if (c < 0) return [];
    i = c;
  }
  const phrase = readTitleForward(ctx, s, i);
  if (!phrase || !phraseEnds(s, phrase)) return [];
  const end = s.tokens[phrase.to - 1]!.end;
  return phrase.titles.map((t) => roleFact(p.entity, t, phrase.org, p.mention.start, end, 'role.apposition'));
}

function beforeName(ctx: FactContext, s: TaggedSentence, p: Named): RoleFact[] {
  const j = tokenAt(s, p.mention.start);
  if (j <= 0 || s.tokens[j - 1]!.post.trim() !== ',') return [];
  const e = tokenEndingAt(s, p.mention.end);
  if (e < 0 || s.tokens[e]!.post.trim() !== ',') return [];
  const phrase = readTitleBackward(ctx, s, j, true);
  if (!phrase) return [];
  // the phrase opens the sentence or follows an article or a possessive ("the agency's")
  const before = s.tokens[phrase.from - 1];
  if (before && !/^(?:the|its|his|her|their)$|['’]s$/i.test(before.text) && !phrase.org) return [];
  return [roleFact(p.entity, phrase.titles[0]!, phrase.org, s.tokens[phrase.from]!.start, p.mention.end, 'role.title-comma-name')];
}

export function rolesFromAppositions(ctx: FactContext): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const p of ctx.persons) {
    const si = ctx.sentenceAt(p.mention.start);
    if (si < 0) continue;
    const s = ctx.sentences[si]!;
    facts.push(...afterName(ctx, s, p), ...beforeName(ctx, s, p));
  }
  return facts;
}

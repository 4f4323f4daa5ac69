// Role facts from a title before a name.
//  - role.title-name: titles the name recognizer read inside a capitalized name chunk,
//    "U.S. Vice President Joe Biden" -> Joe Biden, "Vice President", org "U.S."; a chain of
//    an organization and a title is read again with the facts' titles ("Upper House
//    Minority Leader" -> "Minority Leader", org "Upper House", not "Leader" of "House
//    Minority"), and "Chairman Ann Roe (D., Ore.) of the Finance Committee" takes the
//    committee as org
//  - role.lower-title-name: a title in lower case (or one the chunk reader left out) right
//    before a PERSON mention, "military analyst Alexander Golts", "Nuclear agency
//    spokesman Robert Middaugh" -> "spokesman", "Acme chief executive John Smith" -> org Acme
import type { TaggedSentence } from '../nlp/tagger.js';
import { lexicon } from '../lexicon/registry.js';
import type { RoleFact, TitleMention } from '../types.js';
import { endsPhrase, has, isArticle, lower, normTitle, tokenAt, tokenEndingAt, TYPES_OF_ORG, type FactContext } from './context.js';
import { roleFact } from './role-fact.js';
import { isModifier, readTitleBackward, titleUpTo } from './title-phrase.js';

const MAX_CHAIN = 8; // capitalized words of an organization and a title before a name
const MAX_BRACKETED = 4; // "(D., Ore.)"

/** The document's organization or place of this name, to point at by id. */
const byName = (ctx: FactContext, name: string) => ctx.entities.find((e) => TYPES_OF_ORG.has(e.type) && e.name === name);

interface Reading {
  title: string;
  org?: { name: string };
  start: number;
}

/**
 * The capitalized words before the person read again: the longest title of the facts'
 * lexicon ending at the name, its modifiers, and before them the organization: an entity
 * named by exactly those words, else the words as written when they end in an
 * organization's head word ("Upper House", "Senate"). Undefined when it reads no more than
 * the recognizer did.
 */
function reread(ctx: FactContext, s: TaggedSentence, t: TitleMention): Reading | undefined {
  const toks = s.tokens;
  const p = tokenAt(s, t.person.start);
  if (p <= 0) return undefined;
  let a = p;
  while (a > 0 && p - a < MAX_CHAIN && !endsPhrase(toks[a - 1]!) && /^\p{Lu}/u.test(toks[a - 1]!.text)) a--;
  let h = titleUpTo(ctx, toks, p);
  if (h < a) return undefined;
  while (h > a && isModifier(ctx, toks[h - 1])) h--;
  const title = ctx.text.slice(toks[h]!.start, toks[p - 1]!.end);
  let org: { name: string } | undefined;
  let start = toks[h]!.start;
  if (h > a) {
    const words = ctx.text.slice(toks[a]!.start, toks[h - 1]!.end);
    const e = ctx.entityAt(toks[a]!.start, toks[h - 1]!.end) ?? ctx.entityAt(toks[a]!.start, toks[h - 1]!.end + 1);
    const head = lower(toks[h - 1]);
    if (e && TYPES_OF_ORG.has(e.type)) org = e;
    else if (ctx.lex.orgHeads.has(head) || lexicon('chambers').has(head)) org = byName(ctx, words) ?? { name: words };
    // "In Tokyo Trade Envoy": a place stays out of the title; other words may be a field
    // ("Energy Secretary", "Arms Control Undersecretary"), and the recognizer's reading stands
    else if (!toks.slice(a, h).some((x) => x.start >= t.start && has(x, 'Place'))) return undefined;
    if (org) start = toks[a]!.start;
  } else if (a > 0) {
    // "Acme Corp. Chief Executive Tom Reed": the organization just before the chunk
    const n = ctx.endingAtToken(toks[a - 1]!);
    if (n && n.entity.type === 'ORG' && !/[,;:()"“”]/.test(toks[a - 1]!.post)) {
      org = n.entity;
      start = n.mention.start;
    }
  }
  // the recognizer's org stands when it lies before the title read here ("U.S." in "U.S.
  // Deputy Secretary of State", closed by its period)
  const theirs = t.org && t.org.end <= toks[h]!.start ? ctx.entityAt(t.org.start, t.org.end) : undefined;
  if (!org && theirs) {
    org = theirs;
    start = t.org!.start;
  }
  const more = normTitle(title).split(' ').length > normTitle(t.title).split(' ').length;
  const place = toks.slice(a, h).some((x) => x.start >= t.start && has(x, 'Place'));
  return more || (org && !t.org) || place ? { title, org, start } : undefined;
}

/** "Chairman Ann Roe (D., Ore.) of the Senate Finance Committee": the organization after the name. */
function orgAfterName(ctx: FactContext, s: TaggedSentence, t: TitleMention): { name: string; end: number } | undefined {
  const toks = s.tokens;
  let k = tokenEndingAt(s, t.person.end);
  if (k < 0) return undefined;
  k++;
  if (toks[k] && /\(/.test(toks[k]!.pre)) {
    const open = k;
    while (k < toks.length && k - open < MAX_BRACKETED && !/\)/.test(toks[k]!.post)) k++;
    if (k >= toks.length || !/\)/.test(toks[k]!.post)) return undefined;
    k++;
  } else return undefined; // without brackets, "of" may belong to the sentence: "Senator Roe of Texas"
  if (lower(toks[k]) !== 'of') return undefined;
  k++;
  if (isArticle(toks[k])) k++;
  const n = toks[k] && ctx.startingAt(toks[k]!.start);
  return n && n.entity.type === 'ORG' ? { name: n.entity.name, end: n.mention.end } : undefined;
}

export function rolesFromTitles(ctx: FactContext, titles: readonly TitleMention[]): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const t of titles) {
    const person = ctx.entityAt(t.person.start, t.person.end);
    if (!person || person.type !== 'PERSON') continue;
    const si = ctx.sentenceAt(t.person.start);
    const s = si >= 0 ? ctx.sentences[si] : undefined;
    const again = s && !t.country ? reread(ctx, s, t) : undefined;
    if (again) {
      const after = !again.org && s ? orgAfterName(ctx, s, t) : undefined;
      facts.push(roleFact(person, again.title, again.org ?? after, again.start, after?.end ?? t.person.end, 'role.title-name'));
      continue;
    }
    const org = t.org && ctx.entityAt(t.org.start, t.org.end);
    // a nationality names the country: "Russian Deputy Foreign Minister" -> Russia
    const country = t.country ? (byName(ctx, t.country) ?? { name: t.country }) : undefined;
    const after = !org && !country && s ? orgAfterName(ctx, s, t) : undefined;
    facts.push(roleFact(person, t.title, org ?? country ?? after, t.org && org ? t.org.start : t.start, after?.end ?? t.person.end, 'role.title-name'));
  }
  return facts;
}

/** `covered`: starts of person mentions the name recognizer already gave a title. */
export function rolesFromLowerTitles(ctx: FactContext, covered: ReadonlySet<number>): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const p of ctx.persons) {
    if (covered.has(p.mention.start)) continue;
    const si = ctx.sentenceAt(p.mention.start);
    if (si < 0) continue;
    const s = ctx.sentences[si]!;
    const j = tokenAt(s, p.mention.start);
    if (j <= 0) continue;
    const phrase = readTitleBackward(ctx, s, j);
    if (!phrase) continue;
    const start = s.tokens[phrase.from]!.start;
    facts.push(roleFact(p.entity, phrase.titles[0]!, phrase.org, start, p.mention.end, 'role.lower-title-name'));
  }
  return facts;
}

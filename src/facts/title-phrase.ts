// Reading a title phrase from tokens, forwards (after a name: "Neile Miller, acting head of
// the National Nuclear Security Administration") or backwards (before a name: "military
// analyst Alexander Golts"). The head comes from the title lexicon; the phrase keeps its
// modifiers (acting, deputy, former, vice) and an "of/for ..." complement as written; an
// organization or country inside the phrase becomes `org` and leaves the title.
import type { TaggedSentence, Token } from '../nlp/tagger.js';
import { lexicon } from '../lexicon/registry.js';
import type { Entity } from '../types.js';
import { TYPES_OF_ORG, endsPhrase, has, isArticle, lower, normTitle, type FactContext, type Named } from './context.js';

/** An organization: an entity, or a chamber named as written ("House" in "House Majority Whip"). */
export type OrgRef = Pick<Entity, 'name'> & { id?: string };

export interface TitlePhrase {
  /** one title per coordinated head: "chairman and chief executive of Acme" gives two */
  titles: string[];
  org?: OrgRef;
  /** token indices [from, to) of the whole phrase, article included */
  from: number;
  to: number;
}

// Words that open a complement the title keeps: "undersecretary of State", "ambassador to
// Russia", "adviser on arms control", "analyst at the Carnegie Endowment".
const COMPLEMENT = new Set(['of', 'for', 'at', 'to', 'on']);
// Complements whose object, when an organization or country, is the title's org: "head of
// the NNSA", "spokesman for the agency", "analyst at Acme". "to" is not: an ambassador to
// Russia does not work for Russia.
const ORG_COMPLEMENT = new Set(['of', 'for', 'at']);
// Complements that open one only before an organization, which is then the title's org:
// "analyst with Acme Co." ("a lawyer with 20 years of experience" has none).
const ORG_ONLY_COMPLEMENT = new Set(['with', 'on']);
const MAX_DEPARTMENT_WORDS = 4; // "marketing and investor relations"
// Words a complement never runs into: a relative clause, a time, a new clause.
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord'];
const MAX_DROPPED = 3;
const MAX_COMPLEMENT = 10;

const slice = (ctx: FactContext, toks: readonly Token[], from: number, to: number) =>
  ctx.text.slice(toks[from]!.start, toks[to - 1]!.end).replace(/\s+/g, ' ');

function isTitle(ctx: FactContext, toks: readonly Token[], from: number, to: number): boolean {
  const t = normTitle(slice(ctx, toks, from, to));
  if (!ctx.lex.titles.has(t)) return false;
  return !(ctx.lex.capitalizedOnly.has(t) && /^\p{Ll}/u.test(toks[from]!.text));
}

/** Where the longest lexicon title starting at token i ends (exclusive), or -1. */
function titleFrom(ctx: FactContext, toks: readonly Token[], i: number): number {
  for (let n = Math.min(ctx.lex.titleMaxWords, toks.length - i); n >= 1; n--) {
    // a title does not run across punctuation, but a hyphen joins ("Secretary-General")
    let ok = true;
    for (let k = i; k < i + n - 1; k++) if (toks[k]!.post.trim() !== '' && toks[k]!.post.trim() !== '-') ok = false;
    if (ok && isTitle(ctx, toks, i, i + n)) return i + n;
  }
  return -1;
}

/** Where the longest lexicon title ending at token e - 1 starts, or -1. */
export function titleUpTo(ctx: FactContext, toks: readonly Token[], e: number): number {
  for (let n = Math.min(ctx.lex.titleMaxWords, e); n >= 1; n--) {
    let ok = true;
    for (let k = e - n; k < e - 1; k++) if (toks[k]!.post.trim() !== '' && toks[k]!.post.trim() !== '-') ok = false;
    if (ok && isTitle(ctx, toks, e - n, e)) return e - n;
  }
  return -1;
}

/** A noun, or a verb's bare form that may be one ("bond" in "said bond analyst Ann Roe"). */
const nounish = (t: Token) => has(t, 'Noun') || (has(t, 'Infinitive') && !has(t, 'PastTense'));
/** "Denver-based" (two tokens): where someone works, not the organization they work for. */
const isBased = (toks: readonly Token[], k: number) => toks[k]!.post === '-' && lower(toks[k + 1]) === 'based';
export const isModifier = (ctx: FactContext, t: Token | undefined) =>
  !!t && (ctx.lex.titleModifiers.has(lower(t)) || /^(?:ex|then|co)-/i.test(t.text));
const possessive = (t: Token) => /['’]s?$/.test(t.text) && /['’]/.test(t.text);
/** A city is where someone works, not whom for ("a Denver lawyer"); a country is an org ("a U.S. diplomat"). */
const isCity = (n: Named, t: Token) => n.entity.type === 'LOCATION' && has(t, 'City') && !has(t, 'Country');
const orgOf = (ctx: FactContext, t: Token | undefined) => {
  const n = t && ctx.startingAt(t.start);
  return n && TYPES_OF_ORG.has(n.entity.type) && !isCity(n, t) ? n : undefined;
};

/**
 * A department after a title and a comma, up to a comma or the end ("vice president,
 * sales"; "marketing and communications"): where it ends (exclusive), else k.
 */
function department(ctx: FactContext, toks: readonly Token[], k: number): number {
  if (k === 0 || toks[k - 1]!.post.trim() !== ',') return k;
  let e = k;
  let words = 0;
  while (e < toks.length && words < MAX_DEPARTMENT_WORDS) {
    // the longest department starting at e (one or two words), then "and" or the end
    const two = e + 1 < toks.length && !endsPhrase(toks[e]!) && lexicon('departments').has(`${lower(toks[e])} ${lower(toks[e + 1])}`);
    if (!two && !lexicon('departments').has(lower(toks[e]))) return k;
    e += two ? 2 : 1;
    words += two ? 2 : 1;
    if (endsPhrase(toks[e - 1]!) || lower(toks[e]) !== 'and') break;
    e++; // "and"
  }
  const last = toks[e - 1]!;
  return e > k && (endsPhrase(last) || e === toks.length) ? e : k;
}

/** Whether token e's following period is an abbreviation's ("Corp.") and nothing else ends there. */
function abbreviationEnds(ctx: FactContext, toks: readonly Token[], e: number): boolean {
  const t = toks[e]!;
  return t.post.trim() === '.' && has(t, 'Abbreviation') && ctx.sentenceAt(t.start) === ctx.sentenceAt(toks[e + 1]?.start ?? -1);
}

interface Head {
  mods: string[];
  from: number;
  to: number;
}

/**
 * Modifiers, organizations and a few other words, then a lexicon title: "deputy NNSA
 * administrator", "acting U.S. undersecretary", "senior Pentagon official". Words that are
 * neither a modifier nor an organization are skipped and left out of the title ("nuclear
 * agency spokesman" -> "spokesman").
 */
function readHead(ctx: FactContext, toks: readonly Token[], i: number, end: number): { head: Head; org?: Entity } | null {
  const mods: string[] = [];
  let org: Entity | undefined;
  let dropped = 0;
  let field = -1; // where a run of dropped lower-case nouns right before the head starts
  let k = i;
  while (k < end) {
    const t = toks[k]!;
    const h = titleFrom(ctx, toks, k);
    // "chief", "executive", "general" are titles and modifiers: a modifier when another
    // title follows ("executive director", "general manager")
    const next = h === k + 1 && isModifier(ctx, t) && !endsPhrase(t) && titleFrom(ctx, toks, k + 1) > 0;
    if (h > 0 && !next) {
      if (possessive(toks[h - 1]!)) return null; // "the chairman's son"
      // "a portfolio manager", "a bond analyst": the field stays in the title
      const from = field >= 0 && ctx.lex.domainTitles.has(normTitle(slice(ctx, toks, k, h))) ? field : k;
      return { head: { mods, from, to: h }, org };
    }
    if (endsPhrase(t) && !(orgOf(ctx, t) && abbreviationEnds(ctx, toks, k))) return null;
    if (isModifier(ctx, t)) {
      mods.push(t.text);
      field = -1;
      k++;
      continue;
    }
    if (isBased(toks, k)) {
      dropped++;
      field = -1;
      k += 2;
      continue;
    }
    const o = orgOf(ctx, t);
    if (o) {
      org ??= o.entity;
      const e = tokenEnding(toks, k, o.mention.end);
      // "an Acme Corp. economist": the period is the name's
      if (e < 0 || (endsPhrase(toks[e]!) && !possessive(toks[e]!) && !abbreviationEnds(ctx, toks, e))) return null;
      field = -1;
      k = e + 1;
      continue;
    }
    if (dropped >= MAX_DROPPED || FUNCTION_TAGS.some((g) => has(t, g)) || has(t, 'Verb') || has(t, 'Value')) return null;
    const n = ctx.startingAt(t.start);
    if (n && isCity(n, t)) {
      // "a Denver lawyer": where, not whom for; no part of the title
      const e = tokenEnding(toks, k, n.mention.end);
      if (e < 0 || endsPhrase(toks[e]!)) return null;
      dropped++;
      field = -1;
      k = e + 1;
      continue;
    }
    if (n) return null; // a person or a date is no part of a title
    field = /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && nounish(t) && !has(t, 'Adjective') && !ctx.lex.orgHeads.has(lower(t)) ? (field >= 0 ? field : k) : -1;
    dropped++;
    k++;
  }
  return null;
}

/**
 * The title phrase starting at token i (an article may open it), or null. Reads coordinated
 * heads ("chairman and chief executive") and complements ("of State for arms control").
 */
export function readTitleForward(ctx: FactContext, s: TaggedSentence, i: number): TitlePhrase | null {
  const toks = s.tokens;
  const from = i;
  let k = i;
  if (isArticle(toks[k])) k++;
  // a possessive organization: "Acme's chief executive"
  let org: Entity | undefined;
  const o = orgOf(ctx, toks[k]);
  if (o) {
    const e = tokenEnding(toks, k, o.mention.end);
    if (e >= 0 && possessive(toks[e]!)) {
      org = o.entity;
      k = e + 1;
    }
  }
  const first = readHead(ctx, toks, k, toks.length);
  if (!first) return null;
  org ??= first.org;
  const heads = [first.head];
  k = first.head.to;
  // "chairman and chief executive"
  while (lower(toks[k]) === 'and' && !endsPhrase(toks[k - 1]!)) {
    const more = readHead(ctx, toks, k + 1, toks.length);
    if (!more || more.head.from !== k + 1 + more.head.mods.length) break;
    heads.push(more.head);
    k = more.head.to;
  }
  const complements: string[] = [];
  // "vice president, sales, at Acme": a department set off by commas
  const dept = department(ctx, toks, k);
  let afterComma = false;
  if (dept > k) {
    complements.push(',', slice(ctx, toks, k, dept));
    k = dept;
    afterComma = toks[k - 1]!.post.trim() === ',';
  }
  let complementOrg: Entity | undefined;
  const orgAfter = (k: number) => {
    const j = isArticle(toks[k + 1]) ? k + 2 : k + 1;
    const n = toks[j] && ctx.startingAt(toks[j]!.start);
    return n && n.entity.type === 'ORG' ? n : undefined;
  };
  // "an analyst with Acme Co.", "the ranking Democrat on the Finance Committee": only
  // before an organization
  const opens = (k: number) => COMPLEMENT.has(lower(toks[k])) || (ORG_ONLY_COMPLEMENT.has(lower(toks[k])) && !!orgAfter(k));
  while (k < toks.length && opens(k) && (!endsPhrase(toks[k - 1]!) || (afterComma && !!orgAfter(k)))) {
    afterComma = false;
    const prep = lower(toks[k]);
    let j = k + 1;
    if (isArticle(toks[j])) j++;
    const named = toks[j] && ctx.startingAt(toks[j]!.start);
    if (named && (ORG_COMPLEMENT.has(prep) || ORG_ONLY_COMPLEMENT.has(prep)) && (named.entity.type === 'ORG' || (ORG_COMPLEMENT.has(prep) && TYPES_OF_ORG.has(named.entity.type)))) {
      // "head of the National Nuclear Security Administration": the org, not the title
      complementOrg ??= named.entity;
      const e = tokenEnding(toks, j, named.mention.end);
      k = e < 0 ? toks.length : e + 1;
      if (e >= 0 && endsPhrase(toks[e]!)) break;
      continue;
    }
    let e = k + 1;
    while (e < toks.length && e - k <= MAX_COMPLEMENT) {
      const t = toks[e]!;
      const w = lower(t);
      if (e > k + 1 && COMPLEMENT.has(w)) break;
      // "professor of art and curator": a second title, not more of the complement
      if (w === 'and' && titleFrom(ctx, toks, e + 1) > 0) break;
      if (lexicon('titleComplementStops').has(w) || ctx.lex.attribution.has(w)) break;
      if (has(t, 'Verb') && ['PastTense', 'Copula', 'Modal', 'Auxiliary'].some((g) => has(t, g))) break;
      const n = ctx.startingAt(t.start);
      if (n && (n.entity.type === 'DATE' || n.entity.type === 'PERSON' || n.entity.type === 'MONEY')) break;
      e++;
      if (endsPhrase(t)) break;
    }
    if (e <= k + 1 || isArticle(toks[e - 1])) break;
    // "a spokesman for the agency": a definite common noun points back at an organization
    // named before; it says nothing the title needs
    const words = toks.slice(k + 1, e);
    if (isArticle(words[0]) && words.length <= 4 && words.slice(1).every((t) => /^\p{Ll}/u.test(t.text))) {
      k = e;
      break;
    }
    complements.push(slice(ctx, toks, k, e));
    k = e;
    if (endsPhrase(toks[e - 1]!)) break;
  }
  org = complementOrg ?? org;
  const titles = heads.map((h) =>
    [...h.mods, slice(ctx, toks, h.from, h.to), ...complements].join(' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim(),
  );
  // "assistant professor of photography and curator of the museum": a second phrase
  if (lower(toks[k]) === 'and' && complements.length > 0 && !endsPhrase(toks[k - 1]!)) {
    const more = readTitleForward(ctx, s, k + 1);
    if (more && !isArticle(toks[k + 1])) return { titles: [...titles, ...more.titles], org: org ?? more.org, from, to: more.to };
  }
  return { titles, org, from, to: k };
}

/** A title phrase stands alone when a comma, the sentence's end or a verb follows it. */
export function phraseEnds(s: TaggedSentence, phrase: TitlePhrase): boolean {
  const last = s.tokens[phrase.to - 1]!;
  const next = s.tokens[phrase.to];
  return !next || endsPhrase(last) || has(next, 'Verb') || /^(?:and|who|which)$/i.test(next.text);
}

/**
 * The title phrase ending right before token e (a name follows it): "military analyst",
 * "Nuclear agency spokesman" -> "spokesman", "Acme chief executive" -> org Acme.
 */
export function readTitleBackward(ctx: FactContext, s: TaggedSentence, e: number, comma = false): TitlePhrase | null {
  const toks = s.tokens;
  if (e === 0 || (comma ? toks[e - 1]!.post.trim() !== ',' : endsPhrase(toks[e - 1]!))) return null;
  const h = titleUpTo(ctx, toks, e);
  if (h < 0) return null;
  let from = h;
  // a policy field before a title that takes one: "industry minister", "arms control
  // envoy"; an organization's head word is not one ("agency spokesman" -> "spokesman")
  if (ctx.lex.domainTitles.has(normTitle(slice(ctx, toks, h, e)))) {
    while (from > 0 && h - from < 2) {
      const t = toks[from - 1]!;
      if (endsPhrase(t) || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || !nounish(t) || has(t, 'Adjective') || ctx.lex.orgHeads.has(lower(t)) || isModifier(ctx, t)) break;
      from--;
    }
  }
  const field = from;
  const mods: string[] = [];
  while (from > 0 && isModifier(ctx, toks[from - 1]) && !endsPhrase(toks[from - 1]!)) mods.unshift(toks[--from]!.text);
  let org: OrgRef | undefined;
  const before = toks[from - 1];
  if (before && !/[,;:()"“”]/.test(before.post)) {
    const n = ctx.endingAtToken(before);
    // "House Majority Whip": a chamber the recognizer did not name, as written
    if (!n && from === field && /^\p{Lu}\p{Ll}+$/u.test(before.text) && lexicon('chambers').has(lower(before))) {
      org = { name: before.text };
      from--;
    }
    if (n && TYPES_OF_ORG.has(n.entity.type) && !isCity(n, before)) {
      org = n.entity;
      from = lastTokenAtOrAfter(toks, n.mention.start, from - 1);
      // "Russian deputy foreign minister" has no org; an org's own modifiers come first:
      // "U.S. deputy secretary of state"
      while (from > 0 && isModifier(ctx, toks[from - 1]) && !endsPhrase(toks[from - 1]!)) mods.unshift(toks[--from]!.text);
    }
  }
  const title = [...mods, slice(ctx, toks, field, e)].join(' ');
  return { titles: [title], org, from, to: e };
}

/**
 * The last token of a mention that ends at `end`, searching from token `from`: the token
 * reaching `end`, or the last one starting before it ("Acme Corp." ends after the period
 * the token leaves out). -1 if the mention is not in this sentence.
 */
export function tokenEnding(toks: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < toks.length && toks[j]!.end < end && (toks[j + 1]?.start ?? Infinity) < end) j++;
  return j < toks.length ? j : -1;
}

function lastTokenAtOrAfter(toks: readonly Token[], offset: number, upTo: number): number {
  let i = upTo;
  while (i > 0 && toks[i - 1]!.start >= offset) i--;
  return i;
}

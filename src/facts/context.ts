// What every fact rule reads: the text, its tagged sentences, and the mentions indexed by
// offset so that a rule asks "which mention starts at this token?" in constant time
// instead of scanning all mentions for each token (documents can be large).
import type { TaggedSentence, Token } from '../nlp/tagger.js';
import type { Analysis, AnyType, Entity, Mention, Span } from '../types.js';
import { wordList } from '../data.js';
import { lexicon, maxWords, normTitle } from '../lexicon/registry.js';

export { normTitle };

export interface FactLexicons {
  /** titles, lower case, hyphens as spaces ("secretary general") */
  titles: ReadonlySet<string>;
  titleMaxWords: number;
  titleModifiers: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** titles a policy field may precede ("industry minister") and organizations' head words */
  domainTitles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  /** titles only when capitalized ("Father", not "his father") */
  capitalizedOnly: ReadonlySet<string>;
  /** verbs that attribute a quote: speech-verbs.txt and attribution-verbs.txt */
  attribution: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  copulas: string[][];
}

let lexicons: FactLexicons | undefined;

/** The word lists the fact rules read, from the one lexicon registry. */
export function factLexicons(): FactLexicons {
  return (lexicons ??= {
    // the name recognizer's titles and the facts' own (facts/data/titles.txt)
    titles: lexicon('factTitles'),
    titleMaxWords: maxWords('factTitles'),
    titleModifiers: lexicon('titleModifiers'),
    honorifics: lexicon('honorifics'),
    domainTitles: lexicon('factFieldTitles'),
    // (not an industry's word: "Energy Secretary", "Mining Minister" name a field)
    orgHeads: new Set([...lexicon('orgHeads')].filter((w) => !lexicon('sectorHeads').has(w))),
    capitalizedOnly: lexicon('capitalizedTitles'),
    attribution: lexicon('attributionVerbs'),
    sourceNouns: lexicon('sourceNouns'),
    // phrases, longest first: "has been", "is"
    copulas: wordList('lexicon/copulas.txt')
      .map((l) => l.toLowerCase().split(/\s+/))
      .sort((x, y) => y.length - x.length),
  });
}

/** A mention with the entity it belongs to. */
export interface Named {
  mention: Mention;
  entity: Entity;
}

export interface FactContext {
  text: string;
  sentences: readonly TaggedSentence[];
  entities: readonly Entity[];
  lex: FactLexicons;
  /** the named mention that starts exactly at this offset (the longest, if several) */
  startingAt(offset: number): Named | undefined;
  /** the named mention that ends at this token's end, allowing a possessive "'s" after it */
  endingAtToken(t: Token): Named | undefined;
  /** the entity one of whose mentions has exactly this span */
  entityAt(start: number, end: number): Entity | undefined;
  /** index of the sentence holding this offset, or -1 */
  sentenceAt(offset: number): number;
  /** PERSON mentions in text order (for pronouns and "the sentence before") */
  persons: readonly Named[];
  /** the one PERSON whose name ends with this word ("Mohib" -> Hamdullah Mohib), if only one */
  personBySurname(word: string): Entity | undefined;
}

const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|it|its|he|she|they|we|i)$/i;

/** Index of the last element of a sorted list whose key is <= x, or -1. */
export function lastAtOrBefore<T>(list: readonly T[], key: (t: T) => number, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function buildContext(a: Analysis): FactContext {
  const byStart = new Map<number, Named>();
  const byEnd = new Map<number, Named>();
  const bySpan = new Map<string, Entity>();
  const persons: Named[] = [];
  for (const entity of a.entities) {
    for (const mention of entity.mentions) {
      // "This", "The" read as a name is a recognizer's slip: no fact points at it
      if (FUNCTION_WORD.test(mention.text)) continue;
      const n = { mention, entity };
      bySpan.set(`${mention.start}:${mention.end}`, entity);
      const s = byStart.get(mention.start);
      if (!s || s.mention.end < mention.end) byStart.set(mention.start, n);
      const e = byEnd.get(mention.end);
      if (!e || e.mention.start > mention.start) byEnd.set(mention.end, n);
      if (entity.type === 'PERSON') persons.push(n);
    }
  }
  persons.sort((x, y) => x.mention.start - y.mention.start);
  // surnames of the document's people; a surname two people share names neither
  const surnames = new Map<string, Entity | null>();
  for (const e of a.entities) {
    if (e.type !== 'PERSON' || !/\s/.test(e.name)) continue;
    const last = e.name.split(/\s+/).pop()!;
    surnames.set(last, surnames.has(last) && surnames.get(last) !== e ? null : e);
  }
  const sentences = a.tagged;
  return {
    text: a.plain.text,
    sentences,
    entities: a.entities,
    lex: factLexicons(),
    startingAt: (o) => byStart.get(o),
    endingAtToken: (t) => {
      // "Russia's" is one token; the mention "Russia" ends two characters earlier
      const poss = /['’]s$/i.test(t.text) ? 2 : /s['’]$/i.test(t.text) ? 1 : 0;
      // "Acme Corp." keeps the period the token leaves out
      const period = a.plain.text[t.end] === '.' ? byEnd.get(t.end + 1) : undefined;
      return byEnd.get(t.end) ?? period ?? (poss ? byEnd.get(t.end - poss) : undefined);
    },
    entityAt: (s, e) => bySpan.get(`${s}:${e}`),
    sentenceAt: (o) => {
      const i = lastAtOrBefore(sentences, (s) => s.start, o);
      return i >= 0 && o < sentences[i]!.end ? i : -1;
    },
    persons,
    personBySurname: (w) => surnames.get(w) ?? undefined,
  };
}

// --- token helpers shared by the rules ---

export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
/** Whether a token is followed by a comma, period, colon, dash or bracket: a phrase ends. */
export const endsPhrase = (t: Token): boolean => /[,.;:!?()\[\]—–"“”]|\s-+\s/.test(t.post);
export const isArticle = (t: Token | undefined): boolean => !!t && /^(?:a|an|the)$/i.test(t.text);

/** Index of the token starting at this offset in a sentence, or -1 (binary search). */
export function tokenAt(s: TaggedSentence, offset: number): number {
  const i = lastAtOrBefore(s.tokens, (t) => t.start, offset);
  return i >= 0 && s.tokens[i]!.start === offset ? i : -1;
}

/** Index of the first token starting at or after this offset. */
export function tokenFrom(s: TaggedSentence, offset: number): number {
  return lastAtOrBefore(s.tokens, (t) => t.start, offset - 1) + 1;
}

/** Index of the token whose end is this mention's end (allowing "'s"), or -1. */
export function tokenEndingAt(s: TaggedSentence, end: number): number {
  const i = lastAtOrBefore(s.tokens, (t) => t.start, end - 1);
  // a token leaves out a final period the mention keeps ("Jr."), or keeps an "'s" it drops
  return i >= 0 && s.tokens[i]!.end >= end - 1 && s.tokens[i]!.end <= end + 2 ? i : -1;
}

export const TYPES_OF_ORG: ReadonlySet<AnyType> = new Set(['ORG', 'LOCATION']);

export type { Span };

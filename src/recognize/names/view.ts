// What every name rule reads and returns: a chunk of a sentence's tokens (a ChunkView), a
// reading of it as typed parts, and the small helpers the rules of every type share.
import type { EntityType, RuleInfo, Token } from '../../types.js';
import type { NameLexicons } from './lexicons.js';
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';

/** A typed part of a chunk, in token indices of the sentence. */
export interface NamePart {
  type: EntityType;
  from: number;
  to: number;
  rule: string;
  /** the name the mention goes by, when not its text ("Ariz." -> "Arizona", "BRNO" -> "Brno") */
  name?: string;
  /** the possessive ending the last word is part of the name ("Macy's", "Standard & Poor's") */
  possessive?: boolean;
}

/** A title found before a name: "U.S. Vice President | Joe Biden". */
export interface TitleReading {
  from: number;
  to: number;
  person: NamePart;
  /** the organization or country named just before the title */
  org?: NamePart;
  /** the country a nationality before the title names ("Russian Deputy Foreign Minister") */
  country?: string;
}

export interface Reading {
  parts: NamePart[];
  title?: TitleReading;
}

/** What a rule sees: the sentence's tokens and the chunk's bounds. */
export interface ChunkView {
  tokens: readonly Token[];
  from: number;
  to: number;
  titleCase: boolean;
  lex: NameLexicons;
  /** words the document writes in lower case: evidence that a word is common */
  lowerWords: ReadonlySet<string>;
  /** reads a part of the chunk with the whole ordered list (rules that split a chunk use it) */
  read(part: ChunkView): Reading | null;
}

export interface NameRule {
  id: string;
  /** strong rules rest on lexicons, not on capitals, and still apply in headlines */
  strong: boolean;
  /** the catalogue entries of the rule ids this rule gives its parts */
  info: readonly RuleInfo[];
  read(c: ChunkView): Reading | null;
}

export const POSSESSIVE = /['’]s$/i;

/**
 * Whether the chunk's token `i` is tagged an organization on its own account: a possessive
 * that ends the chunk took the tag from the firm's name after it ("Tom Hale's Democratic
 * Union") unless the lexicon tags it so.
 */
export function orgTagged(c: Pick<ChunkView, 'tokens' | 'from' | 'to'>, i: number): boolean {
  const t = c.tokens[i]!;
  if (!t.tags.has('Organization')) return false;
  return !(i === c.to - 1 && i > c.from && POSSESSIVE.test(t.text) && !lexiconTags(bare(t)).includes('Organization'));
}
/** "U.S.-based", "Del.-led": a name ending in a period keeps its hyphen suffix in the same token. */
const PERIOD_HYPHEN_SUFFIX = /\.-(\p{Ll}+)$/u;
/** The length of the hyphen suffix that makes an adjective of the name in a token ("U.S.-based": 6), or 0. */
export function hyphenSuffixLength(text: string): number {
  const m = PERIOD_HYPHEN_SUFFIX.exec(text);
  return m && lexicon('hyphenSuffixes').has(m[1]!) ? m[1]!.length + 1 : 0;
}
/** Bare words by the word as written: the rules ask for the same token's many times. */
const bareWords = new Map<string, string>();
/** The word without a possessive or a hyphen suffix: "Russia's" -> "Russia", "U.S.-based" -> "U.S.". */
export const bare = (t: Token): string => {
  let word = bareWords.get(t.text);
  if (word === undefined) {
    const cut = hyphenSuffixLength(t.text);
    word = (cut ? t.text.slice(0, -cut) : t.text).replace(POSSESSIVE, '').replace(/['’]$/, '');
    if (bareWords.size >= 50_000) bareWords.clear();
    bareWords.set(t.text, word);
  }
  return word;
};
export const lower = (t: Token): string => bare(t).toLowerCase();
export const has = (t: Token, ...tags: string[]): boolean => tags.some((g) => t.tags.has(g));

/** The chunk's words as written, joined as in the text ("Nunn-Lugar", "Moscow Times", "Harlow & Finch"). */
export function phrase(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    s += i === to - 1 ? bare(t) : t.text + (t.post === '-' ? '-' : t.post.trim() === '&' ? ' & ' : ' ');
  }
  return s;
}

/** A reading of one part. */
/** An acronym in brackets right after a name: "(THAAD)", "(INF)". */
export const bracketedAcronym = (t: Token | undefined): boolean => t !== undefined && t.pre === '(' && /^\)/.test(t.post.trim()) && /^\p{Lu}[\p{Lu}\d&/-]+$/u.test(t.text);

export const one = (type: EntityType, from: number, to: number, rule: string): Reading => ({ parts: [{ type, from, to, rule }] });

/** A reading of no name at all: the chunk is something else (a date word, an index). */
export const none = (): Reading => ({ parts: [] });

/** A catalogue entry, written beside the rule it describes. */
export const rule = (id: string, emits: RuleInfo['emits'], description: string, example: string, expect: string): RuleInfo => ({ id, emits, description, example, expect });

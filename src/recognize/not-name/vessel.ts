import { wordList } from '../../data.js';
import type { Token } from '../../types.js';
import { none, type NameRule } from '../names/view.js';

let prefixes: Set<string> | undefined;
const isPrefix = (w: string): boolean => (prefixes ??= new Set(wordList('recognize/not-name/vessel-prefixes.txt'))).has(w);
let nouns: Set<string> | undefined;
const isClassNoun = (w: string): boolean => (nouns ??= new Set(wordList('recognize/not-name/vessel-nouns.txt'))).has(w);
const CARRIER_KIND = /^(?:aircraft|helicopter|bulk)$/;
const RANK = /^(?:Admiral|General|Marshal)$/;

/** "the Admiral Kuznetsov aircraft carrier": a ship named for an officer, with "the" before and its class after. */
function rankedShipBeforeClass(c: { tokens: readonly Token[]; from: number; to: number }): boolean {
  let from = c.from;
  if (/^the$/i.test(c.tokens[from]!.text)) from++;
  else if (!/^the$/i.test(c.tokens[from - 1]?.text ?? '')) return false;
  if (c.to - from < 2 || c.to - from > 3 || !RANK.test(c.tokens[from]!.text) || c.tokens[c.to - 1]!.post !== ' ') return false;
  const next = c.tokens[c.to];
  if (!next) return false;
  if (isClassNoun(next.text)) return true;
  return CARRIER_KIND.test(next.text) && next.post === ' ' && c.tokens[c.to + 1]?.text === 'carrier';
}

/** "the cruiser Moskva", "the aircraft carrier Admiral Kuznetsov": a ship's class in lower case right before the chunk. */
function afterClassNoun(c: { tokens: readonly Token[]; from: number; to: number }): boolean {
  const noun = c.tokens[c.from - 1];
  if (!noun || noun.post !== ' ' || c.to - c.from > 3) return false;
  if (isClassNoun(noun.text)) return true;
  const kind = c.tokens[c.from - 2];
  return noun.text === 'carrier' && !!kind && kind.post === ' ' && CARRIER_KIND.test(kind.text);
}

// "the USS Gerald R. Ford", "HMS Queen Elizabeth": a ship named with its prefix is none of
// our types, and its name's words are no person's ("Gerald R. Ford") nor a queen's title.
// Nor is a name right after a ship's class ("the cruiser Moskva", vessel-nouns.txt).
// Tried before a title, too.
export const vessel: NameRule = {
  id: 'not-name.vessel',
  strong: true,
  info: [],
  read(c) {
    let from = c.from;
    if (c.to - from > 2 && /^the$/i.test(c.tokens[from]!.text)) from++;
    const prefix = c.tokens[from]!;
    const next = c.tokens[from + 1];
    if (afterClassNoun(c) || rankedShipBeforeClass(c)) return none();
    if (c.to - from < 2 || !isPrefix(prefix.text) || prefix.post !== ' ' || !next || !/^\p{Lu}/u.test(next.text)) return null;
    return none();
  },
};

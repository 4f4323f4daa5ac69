// Armed groups, staffs and services that defence news names with no head word the rules
// read: "Islamic State claimed the attack", "fighters of al-Shabaab", "the Joint Chiefs of
// Staff", "Ukraine's General Staff". The whole chunk (less a leading "the") is a name of
// defence-orgs.txt. Tried before a title too ("General Staff" is no general named Staff) and
// protects a sentence's first word ("Islamic").
import { wordList } from '../../data.js';
import { lexicon } from '../../lexicon/registry.js';
import type { Token } from '../../types.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { bare, has, one, phrase, rule, type NameRule } from '../names/view.js';

// "Al-Shabaab" opening a sentence is "al-Shabaab"
const key = (name: string): string => name.replace(/^al-/i, 'al-');
let names: Set<string> | undefined;
const listedNames = (): Set<string> => (names ??= new Set(wordList('recognize/org/defence-orgs.txt').map(key)));
const listed = (name: string): boolean => listedNames().has(key(name));

/** A name's first word, to its first space or hyphen, in lower case ("al-Qaeda" -> "al"). */
const firstWord = (name: string): string => name.slice(0, name.search(/[ -]|$/)).toLowerCase();
let firstWords: Set<string> | undefined;
/**
 * Whether a listed name may open with the token: most chunks open with no listed name's
 * first word, and the rule then needs none of the phrases it would look up (the whole chunk,
 * and up to nine past its end). A phrase of several words opens with the token's text and a
 * space or hyphen, a phrase of one word is its bare word.
 */
function mayOpenListed(t: Token): boolean {
  firstWords ??= new Set([...listedNames()].map(firstWord));
  return firstWords.has(firstWord(t.text)) || firstWords.has(firstWord(bare(t)));
}

/**
 * "al-Qaeda in the Arabian Peninsula", "Islamic State of Iraq and the Levant": a group's
 * branch named by the group, "in" (or "and") and its land, past the end of the run of
 * capitals; the end of the longest listed name, or 0.
 */
function branchEnd(toks: readonly Token[], from: number, to: number): number {
  if (toks[to - 1]?.post !== ' ' || !/^(?:in|and)$/.test(toks[to]?.text ?? '')) return 0;
  let best = 0;
  for (let end = to + 2; end <= Math.min(toks.length, to + 7); end++) {
    if (toks[end - 2]!.post.trim() !== '' && toks[end - 2]!.post !== '-') break;
    if (listed(phrase(toks, from, end))) best = end;
  }
  return best;
}

/**
 * "Save the Children", "Médecins Sans Frontières", "MS-13", "Barrio 18": a listed name whose
 * run of capitals a lower-case word or a number ends, read on past the chunk's end (words
 * joined by a space or a hyphen, up to three more); the end of the longest listed name, or 0.
 */
function pastChunkEnd(toks: readonly Token[], from: number, to: number): number {
  let best = 0;
  for (let end = to + 1; end <= Math.min(toks.length, to + 3); end++) {
    const gap = toks[end - 2]!.post;
    if (gap !== ' ' && gap !== '-') break;
    if (!/^(?:\p{L}+|\d{1,4})$/u.test(bare(toks[end - 1]!))) break;
    if (listed(phrase(toks, from, end))) best = end;
  }
  return best;
}

export const orgDefence: NameRule = {
  id: 'org.defence',
  strong: true,
  info: [rule('org.defence', 'ORG', 'an armed group, military staff or security service named without a head word (defence-orgs.txt)', 'Islamic State claimed the attack on the checkpoint.', 'Islamic State')],
  read(c) {
    let from = c.from;
    if (c.to - from > 1 && /^the$/i.test(c.tokens[from]!.text)) from++;
    // "the Libyan Red Crescent", "Kenya Red Cross": a national society is named by its land
    if (c.to - from > 2 && has(c.tokens[from]!, 'Demonym', 'Place') && /^Red (?:Cross|Crescent)/.test(phrase(c.tokens, from + 1, c.to)) && listed(phrase(c.tokens, from + 1, c.to))) return one('ORG', from, c.to, 'org.defence');
    // "Somali al-Shabaab": the nationality says where the group fights, and is no part of the
    // name; a state's staff keeps it ("the Ukrainian General Staff", national-staffs.txt)
    // (the tags first: the phrase and its lookup only after a nationality)
    if (c.to - from > 1 && has(c.tokens[from]!, 'Demonym') && !has(c.tokens[from]!, 'Place') && !listed(phrase(c.tokens, from, c.to))) {
      const rest = phrase(c.tokens, from + 1, c.to);
      if (listed(rest) && lexicon('nationalStaffs').has(rest)) return one('ORG', from, c.to, 'org.defence');
      if (listed(rest)) from++;
    }
    if (!mayOpenListed(c.tokens[from]!)) return null;
    const name = phrase(c.tokens, from, c.to);
    const branch = branchEnd(c.tokens, from, c.to);
    if (branch > 0) return one('ORG', from, branch, 'org.defence');
    const past = pastChunkEnd(c.tokens, from, c.to);
    if (past > 0) return one('ORG', from, past, 'org.defence');
    if (!listed(name)) return null;
    // an acronym that is an English word ("SHAPE") is one only in a sentence not in capitals
    if (c.titleCase && name === name.toUpperCase() && isCommonWord(name.toLowerCase())) return null;
    return one('ORG', from, c.to, 'org.defence');
  },
};

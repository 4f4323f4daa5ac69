import type { Token } from '../../types.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isAcronymName } from '../../resolve/names.js';
import { bare, one, rule, type NameRule } from '../names/view.js';

// a Roman numeral counts ("part XVII"), it abbreviates nothing
const ROMAN = /^(?=[IVXL]{2,}$)L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/** "People's Liberation Army Navy (PLAN)": the acronym alone in brackets, its letters the initials of the capitalized words before it, in order. */
export function definedAfterName(toks: readonly Token[], at: number, letters: string): boolean {
  const t = toks[at]!;
  if (!t.pre.includes('(') || !t.post.startsWith(')')) return false;
  const initials: string[] = [];
  for (let i = at - 1; i >= 0 && at - i <= 10; i--) {
    const w = toks[i]!;
    if (/^\p{Lu}/u.test(w.text)) initials.unshift(w.text[0]!);
    else if (!/^(?:of|for|the|and|on|in|de|al)$/.test(w.text)) break;
    if (initials.length >= letters.length) break;
  }
  return initials.join('') === letters;
}

/** Nouns of things an acronym names: a system, a database, a weapon. */
const PRODUCT_NOUN = /^(?:database|system|systems|software|satellite|satellites|missile|missiles|rocket|rockets|radar|app|platform|vaccine)$/;

export const orgAcronym: NameRule = {
  id: 'org.acronym',
  strong: true,
  info: [rule('org.acronym', 'ORG', 'a word of two to six capitals (or dotted capitals) that abbreviates a name', 'Officials at NNSA declined to comment.', 'NNSA')],
  read(c) {
    // a party's faction by its letter, or a party named by two acronyms: "PML-N", "MQM-P",
    // "ZANU-PF", "SPLM-IO" (neither part a place's: "US-ROK" is two lands)
    if (c.to - c.from === 2 && c.tokens[c.from]!.post === '-' && /^[A-Z]{2,5}$/.test(c.tokens[c.from]!.text) && /^[A-Z]{1,2}$/.test(bare(c.tokens[c.from + 1]!)) && !c.lex.placeAcronyms.has(c.tokens[c.from]!.text) && !c.lex.placeAcronyms.has(bare(c.tokens[c.from + 1]!)))
      return one('ORG', c.from, c.to, 'org.acronym');
    if (c.to - c.from !== 1) return null;
    const w = bare(c.tokens[c.from]!);
    // a type's letters before its number: "CH-53", "EF-111", "SS-20" (aircraft and missiles)
    if (c.tokens[c.from]!.post === '-' && /^\d/.test(c.tokens[c.to]?.text ?? '')) return null;
    // after a count or a figure it is a unit or a statistic ("a 2.26 ERA", "34 KOs", "50
    // ICBMs"); a year before it dates a name ("the 2012 NATO summit")
    const before = c.tokens[c.from - 1]?.text ?? '';
    if (/^\d[\d.,]*$/.test(before) && !/^(?:1[89]|20)\d\d$/.test(before)) return null;
    // a headline in capitals proves nothing by them: a short word of it that is no English
    // word ("UEFA", not "IN", "WIN" or "KELBY"; resolve/headline-capitals.ts reads the rest)
    if (c.tokens.every((t) => !/\p{Ll}/u.test(t.text)) && (w.length > 4 || isCommonWord(w.toLowerCase()) || lexiconTags(w.toLowerCase()).length > 0)) return null;
    // a common word in capitals is emphasis ("UNLESS"), not an acronym, unless it is defined
    // in brackets after the name it spells ("the People's Liberation Army Navy (PLAN)")
    if (isAcronymName(w) && (!(w.length >= 4 && isCommonWord(w)) || definedAfterName(c.tokens, c.from, w)) && !ROMAN.test(w)) return one('ORG', c.from, c.to, 'org.acronym');
    // "NAVCENT", "USAREUR", "MONUSCO": seven capitals that spell no word (a command, a
    // mission), unless a thing's noun follows ("the KELVSAT satellite", "a BRELKOS database")
    if (/^[A-Z]{7}$/.test(w) && !isCommonWord(w.toLowerCase()) && lexiconTags(w.toLowerCase()).length === 0 && !PRODUCT_NOUN.test(c.tokens[c.to]?.text ?? '')) return one('ORG', c.from, c.to, 'org.acronym');
    // "the Defence Science and Technology Laboratory (Dstl)": an acronym written in mixed
    // case, defined in brackets after the name its letters spell
    if (/^[A-Z][A-Za-z]{2,7}$/.test(w) && /[a-z]/.test(w) && definedAfterName(c.tokens, c.from, w.toUpperCase())) return one('ORG', c.from, c.to, 'org.acronym');
    return null;
  },
};

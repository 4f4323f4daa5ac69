// A name romanized from Chinese or Korean: a one-syllable surname, then a given name of two
// syllables joined by a hyphen ("Lee Cheuk-yan", "Ban Ki-moon", "Tsai Ing-wen"). The shape is
// the evidence: a capitalized syllable with a lower-case syllable hyphened to it is no English
// compound ("Kelby-based", "Star Wars-themed"), whatever a lexicon says of each syllable
// ("Ing" a bank, "Moon" a noun, "ching" a verb).
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexicon } from '../../lexicon/registry.js';
import { isSurname } from './given-names.js';
import { one, rule, type NameRule } from '../names/view.js';

/** One romanized syllable: initial consonants, a vowel run, a final nasal or stop ("cheung", "kwok", "jeou", Korean "Park"). */
const SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|l|r|rk)?$/;
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

const syllable = (w: string): boolean => w.length <= 6 && SYLLABLE.test(w.toLowerCase());

/**
 * The family name of a name written family name first, as this rule reads it ("Moon" of "Moon
 * Jae-in"): the document may name the person by it alone later ("Moon said"). Null for any
 * other name.
 */
export function familyNameFirst(name: string): string | null {
  const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)-(\p{Ll}+)$/u.exec(name);
  if (!m || !syllable(m[1]!) || !syllable(m[2]!) || !syllable(m[3]!) || lexicon('hyphenSuffixes').has(m[3]!)) return null;
  return m[1]!;
}

export const hyphenatedGiven: NameRule = {
  id: 'person.hyphenated-given',
  strong: false,
  info: [rule('person.hyphenated-given', 'PERSON', 'a surname and a two-syllable given name joined by a hyphen, as Chinese and Korean names are romanized', 'The report named Quan Wai-ching as the author.', 'Quan Wai-ching')],
  read(c) {
    if (c.to - c.from !== 3) return null;
    const [surname, first, second] = c.tokens.slice(c.from, c.to) as [typeof c.tokens[number], typeof c.tokens[number], typeof c.tokens[number]];
    if (surname.post !== ' ' || first.post !== '-') return null;
    // (sports pages capitalize the second syllable too: "Park Joo-Ho", "Ki Sung-Yueng")
    const last = second.text.replace(/['’]s$/i, '');
    if (!CAPITALIZED.test(surname.text) || !CAPITALIZED.test(first.text) || !/^\p{Lu}?\p{Ll}+$/u.test(last)) return null;
    if (!syllable(surname.text) || !syllable(first.text) || !syllable(last)) return null;
    // "Air Force-run", "Big Ten-bound": a hyphen suffix makes an adjective of a name; the
    // given name's first syllable is no English word ("Red Sox-fan" aside), unless a family
    // name of the lists opens the name ("Hui Chi-fung")
    if (lexicon('hyphenSuffixes').has(last.toLowerCase()) || (isCommonWord(first.text) && !isSurname(surname.text))) return null;
    return one('PERSON', c.from, c.to, 'person.hyphenated-given');
  },
};

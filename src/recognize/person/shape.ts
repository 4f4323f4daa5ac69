import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { lexicon } from '../../lexicon/registry.js';
import { bare, has, lower, one, POSSESSIVE, rule, type ChunkView, type NameRule } from '../names/view.js';
import { firstName } from './first-name.js';
import { isGivenName } from './given-names.js';
import { personLike } from './person-like.js';

// prepositions of place that take people as often as places ("a letter from", "said to",
// "between"): they say nothing of what follows them
const PEOPLE_TOO = new Set(['from', 'to', 'between']);

/**
 * Words before the chunk that take a place or a thing, not a person's bare name: a
 * preposition of place ("in Tessaly Rit", "at Teater Kelvasto") or an article ("the Dunmore
 * Taluk", "a Kelvasto Motori engine"). A known given name opening the chunk ("in Ahmed
 * Kelby's house") or a possessive closing it ("at Kelby Dunmore's home") still reads a person.
 */
function placeOrThingBefore(c: ChunkView): boolean {
  const before = c.tokens[c.from - 1];
  if (!before || before.post.trim() !== '') return false;
  const b = lower(before);
  if (!(/^(?:the|a|an)$/.test(b) || (lexicon('placePrepositions').has(b) && !PEOPLE_TOO.has(b)))) return false;
  const first = c.tokens[c.from]!;
  if (firstName(first) || isGivenName(bare(first))) return false;
  return !POSSESSIVE.test(c.tokens[c.to - 1]!.text);
}

// articles of other languages open a song's, a place's or a firm's name, not a person's
// bare name: "La Kelvasta", "Der Tessaler", "Los Dunmores"
const FOREIGN_ARTICLE = /^(?:La|Las|Los|Il|Der|Die|Das|Het)$/;

/** One word joined by hyphens ("Kelby-Tessaly", "Osc-Dun") whose first part is no known given name: a compound, a place or a brand. */
const hyphenedWord = (c: ChunkView): boolean =>
  c.tokens.slice(c.from, c.to - 1).every((t) => t.post === '-') && !firstName(c.tokens[c.from]!) && !isGivenName(bare(c.tokens[c.from]!));

/**
 * Names compromise does not know ("Hamdullah Mohib", "Lee Cheuk-yan"): two or three
 * capitalized words that no lexicon knows as common words, outside headlines. Not after
 * a preposition of place or an article without a known given name, not one hyphened word,
 * and not with a word of another language that names a kind of place or firm
 * (not-person-words.txt: "Kreis", "Teater", "Motori"): those are places' and firms' names.
 */
export const personShape: NameRule = {
  id: 'person.shape',
  strong: false,
  info: [rule('person.shape', 'PERSON', 'two to four capitalized words no lexicon knows, shaped like a name', 'The report was written by Zabihullah Ardashir in the spring.', 'Zabihullah Ardashir')],
  read(c) {
    const n = c.to - c.from;
    if (n < 2 || n > 4 || !personLike(c, c.from, c.to)) return null;
    // a name in another script is a gloss of one the English text gives ("Alexander Gradsky
    // (Russian: Александр Градский)"), whatever it names
    if (c.tokens.slice(c.from, c.to).some((t) => !/^[\p{Script=Latin}\p{M}'’.-]+$/u.test(t.text))) return null;
    if (placeOrThingBefore(c) || hyphenedWord(c) || FOREIGN_ARTICLE.test(c.tokens[c.from]!.text)) return null;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      const w = bare(t);
      if (lexicon('notPersonWords').has(w.toLowerCase())) return null;
      if (c.lowerWords.has(w.toLowerCase()) || (/\.$/.test(w) && w.length > 2)) return null;
      if (has(t, 'Place', 'Organization', 'Demonym', 'Acronym')) return null;
      const known = lexiconTags(w);
      if (known.length && !known.some((g) => /Name|Person|Honorific/.test(g))) return null;
      if (isCommonWord(w) && !has(t, 'FirstName', 'LastName', 'Person')) return null;
    }
    return one('PERSON', c.from, c.to, 'person.shape');
  },
};

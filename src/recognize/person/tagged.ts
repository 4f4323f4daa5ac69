import type { Token } from '../../types.js';
import { lexicon } from '../../lexicon/registry.js';
import { bare, has, lower, one, orgTagged, phrase, rule, type ChunkView, type NameRule } from '../names/view.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { regionOf } from '../location/regions.js';
import { isTown } from '../location/towns.js';
import { afterListedPlace } from '../location/after-place.js';
import { firstName, givenAndWordSurname, givenName } from './first-name.js';
import { isSurname } from './given-names.js';
import { nationalityWord } from './after-nationality.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { personLike } from './person-like.js';

/** A city, town or region by the gazetteers ("San Francisco", "Satu Mare"). */
function aPlace(tokens: Parameters<typeof phrase>[0], from: number, to: number): boolean {
  const p = phrase(tokens, from, to);
  return isGazetteerCity(p) || isTown(p) || regionOf(p)?.kind === 'name';
}

/**
 * A capitalized word that is no common word and that the tagger reads as no place or
 * organization: a surname after a given name (towns named like surnames still count: "Cowley").
 */
const surnameOnly = (t: Token, lowerWords: ReadonlySet<string>): boolean => {
  // (its possessive aside: "Dick Cheney's BlackBerry")
  const w = bare(t);
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w.toLowerCase()) && !lowerWords.has(w.toLowerCase()) && !has(t, 'Place', 'Organization', 'Demonym', 'Date', 'Month', 'WeekDay');
};

/** A name the tagger reads as a person's, or a known first name and a surname ("Robert Lane"). */
/**
 * "the Kelby Skating Rink", "the Dunmore extension", "the Harlow Prize": a definite article
 * before the words says a thing, a place or a prize is named, not a person's bare name
 * (English writes no article before one: "the late Ann Kelby" keeps its adjective), unless
 * a given name opens them.
 */
function afterDefiniteArticle(c: ChunkView): boolean {
  const before = c.tokens[c.from - 1];
  if (!before || before.post !== ' ' || !/^(?:the|The)$/.test(before.text)) return false;
  // ... but a person's full name may stand before a noun as its modifier: "the Tom Kelby film"
  return !(c.to - c.from >= 2 && (firstName(c.tokens[c.from]!) || givenName(c.tokens[c.from]!)));
}

/**
 * "Kelby Reservoir", "Dunmore Playfield", "Tessa Aircraft": a name that ends in a noun of a
 * place, a thing or a firm called after a person (named-after-heads.txt) names that, not the
 * person (a surname spelled so keeps the reading: "Ann Rink" if the lexicons know it).
 */
function endsInNamedAfterHead(c: ChunkView): boolean {
  const last = c.tokens[c.to - 1]!;
  if (c.to - c.from < 2 || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return false;
  return lexicon('namedAfterHeads').has(lower(last)) && !has(last, 'Person', 'FirstName', 'LastName') && !isSurname(last.text);
}

/**
 * "Texan Tom Kelby", "fellow Queenslander Ann Dunmore": a word of where one comes from
 * (after-nationality.ts) before a given name and a surname says who the person is, no part
 * of the name; a given name itself is none ("Adrian Tom Kelby").
 */
function demonymOpening(c: ChunkView): boolean {
  if (c.to - c.from < 3) return false;
  const [t, next] = [c.tokens[c.from]!, c.tokens[c.from + 1]!];
  if (t.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || firstName(t) || givenName(t) || !(firstName(next) || givenName(next))) return false;
  return nationalityWord(t);
}

export const taggedPerson: NameRule = {
  id: 'person.tagged',
  strong: true,
  info: [
    rule('person.tagged', 'PERSON', "a name compromise's lexicon tags as a person's", 'The talks were led by Hillary Clinton last week.', 'Hillary Clinton'),
    rule('person.first-name', 'PERSON', 'a known first name and a surname, whatever the context tags', 'The order went to Robert Lane.', 'Robert Lane'),
  ],
  read(c) {
    if (afterDefiniteArticle(c) || endsInNamedAfterHead(c)) return null;
    if (demonymOpening(c)) {
      const rest = taggedPerson.read({ ...c, from: c.from + 1 });
      return rest?.parts.length === 1 ? rest : null;
    }
    let person = false;
    let other = false;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      if (has(t, 'Place') || orgTagged(c, i)) other = true;
      if (has(t, 'Person', 'FirstName', 'LastName')) person = true;
    }
    // "Cochabamba and Santa Cruz", "Menaka and Gao": a city of the gazetteers that a place's
    // list goes on with, or one of several words no given name opens, is the place
    if (person && aPlace(c.tokens, c.from, c.to) && ((c.to - c.from >= 2 && !firstName(c.tokens[c.from]!) && !givenName(c.tokens[c.from]!)) || afterListedPlace(c))) return null;
    if (person && !other && personLike(c, c.from, c.to)) return one('PERSON', c.from, c.to, 'person.tagged');
    // a known first name and a surname: context tags do not matter ("Robert Lane") ... unless
    // the whole is a city, town or region ("San Francisco", "Satu Mare")
    // a given name of the wider lists needs a last word that is no common noun ("Belle Image")
    const last = c.tokens[c.to - 1]!;
    // (asked only of a chunk of two to four words: the lookups cost more than the test)
    // (after a particle the last word is a surname, common word or not: "Jan de Wit", "Piet van Dam")
    const particleSurname = (): boolean => c.to - c.from >= 3 && /^\p{Ll}/u.test(c.tokens[c.to - 2]!.text) && lexicon('nameParticles').has(c.tokens[c.to - 2]!.text);
    const given = (): boolean => firstName(c.tokens[c.from]!) || (givenName(c.tokens[c.from]!) && (!isCommonWord(lower(last)) || particleSurname() || givenAndWordSurname(c.tokens, c.from, c.to)));
    // (a firm's name as a surname after a known first name is the surname: "Mark Ford", "Ann Dell")
    const firmSurname = (): boolean => c.to - c.from === 2 && firstName(c.tokens[c.from]!) && /^\p{Lu}\p{Ll}+$/u.test(last.text) && !c.lex.orgHeads.has(lower(last));
    if (c.to - c.from >= 2 && c.to - c.from <= 4 && given() && personLike(c, c.from, c.to, givenAndWordSurname(c.tokens, c.from, c.to)) && (!orgTagged(c, c.to - 1) || firmSurname()) && !aPlace(c.tokens, c.from, c.to))
      return one('PERSON', c.from, c.to, 'person.first-name');
    // "Bill Cowley": a given name that is a common word, before a word that can only be a surname
    if (c.to - c.from === 2 && c.from > 0 && lexicon('commonWordNames').has(c.tokens[c.from]!.text) && surnameOnly(last, c.lowerWords))
      return one('PERSON', c.from, c.to, 'person.first-name');
    return null;
  },
};

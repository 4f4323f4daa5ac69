// A person named by an initial and a surname, as wire reports and results tables write
// them: "J. Doe", "J.P. Doe", "A. de Roe", "W. van der Berg". The initials are the
// evidence: a surname that is a common word ("J. Bird") is still a surname. Not a country
// or region abbreviated the same way ("N. Ireland", "S. Africa").
import { lexiconTags } from '../../nlp/tagger.js';
import { lexicon } from '../../lexicon/registry.js';
import { bare, has, one, rule, type NameRule } from '../names/view.js';
import { regionOf } from '../location/regions.js';
import { isKnownOrg } from '../org/known-orgs.js';

/** "J" (its period after it), "J.P.": one or more initials. */
const isInitial = (t: { text: string; post: string }): boolean => (/^\p{Lu}$/u.test(t.text) && /^\.\s/.test(t.post)) || /^(?:\p{Lu}\.){1,3}$/u.test(t.text);
/** A surname's word: "Doe", "McRoe", "O'Roe", "Roe-Kelby" (not in capitals: a headline). */
const SURNAME = /^\p{Lu}[\p{Ll}'’][\p{L}'’-]*$/u;
const NOT_SURNAME_TAGS = ['Demonym', 'Month', 'WeekDay', 'Date', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Value'];

export const initialSurname: NameRule = {
  id: 'person.initial-surname',
  strong: false,
  info: [rule('person.initial-surname', 'PERSON', 'one or two initials and a surname ("J. Doe", "A. de Roe"), as results and wire reports name people', 'The second goal came from K. Varrow after the break.', 'K. Varrow')],
  read(c) {
    let i = c.from;
    while (i < c.to && i - c.from < 2 && isInitial(c.tokens[i]!)) i++;
    if (i === c.from || c.to - i > 3) return null;
    // "U.S. Sixth Fleet", "U.N. envoy": a place's or an organization's letters
    for (let k = c.from; k < i; k++) {
      const w = c.tokens[k]!.text;
      if (w.length > 2 && (c.lex.placeAcronyms.has(w) || c.lex.orgNames.has(w) || c.lex.orgNames.has(w.replace(/\./g, '')) || isKnownOrg(w))) return null;
    }
    // "A. de Roe", "W. van der Berg": the particles of a surname
    while (i < c.to && lexicon('nameConnectors').has(c.tokens[i]!.text) && /^\p{Ll}/u.test(c.tokens[i]!.text)) i++;
    const surname = c.tokens.slice(i, c.to);
    if (surname.length < 1 || surname.length > 2) return null;
    for (const t of surname) {
      const w = bare(t);
      if (!SURNAME.test(w) || has(t, ...NOT_SURNAME_TAGS)) return null;
      const l = w.toLowerCase();
      if (c.lex.orgHeads.has(l) || c.lex.titles.has(l) || c.lex.corporateSuffixes.has(w) || c.lex.notNames.has(w)) return null;
    }
    // "N. Ireland", "S. Korea", "W. Virginia": a place abbreviated by its initial
    const last = bare(surname[surname.length - 1]!);
    if (surname.length === 1 && (has(surname[0]!, 'Country') || lexiconTags(last).some((g) => g === 'Country' || g === 'Region') || regionOf(last) !== undefined)) return null;
    return one('PERSON', c.from, c.to, 'person.initial-surname');
  },
};

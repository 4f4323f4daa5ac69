import { lexiconTags } from '../../nlp/tagger.js';
import { lexicon } from '../../lexicon/registry.js';
import { firstName, givenAndWordSurname } from '../person/first-name.js';
import { bare, has, lower, one, phrase, rule, type NameRule } from '../names/view.js';
import { knownPlace } from './known-place.js';
import { countryOfDemonym } from './demonyms.js';
import type { Token } from '../../types.js';

const NATIONALITY_ENDING = /\p{Ll}(?:ian|ean|ese|ish)$/u;
const nounAfter = (t: Token, next: Token | undefined): boolean =>
  t.post === ' ' && next !== undefined && /^\p{Ll}/u.test(next.text) && has(next, 'Noun') && !has(next, 'Preposition', 'Determiner');

export const taggedPlace: NameRule = {
  id: 'location.tagged',
  strong: true,
  info: [
    rule('location.known-place', 'LOCATION', "a word compromise's lexicon knows as a place", 'The delegates flew to Geneva on Monday.', 'Geneva'),
    rule('location.tagged', 'LOCATION', 'words the tagger reads as a place, with any qualifiers of place before them', 'The storm hit New South Wales overnight.', 'New South Wales'),
  ],
  read(c) {
    // a single word the lexicon knows as a place, whatever its context made of it
    // (a person's tag from context counts only for a word the lexicon knows as a name too:
    // "Victoria", not "Ontario")
    const w = bare(c.tokens[c.from]!);
    if (c.to - c.from === 1 && knownPlace(w) && !(c.tokens[c.from]!.tags.has('Person') && lexiconTags(w).some((g) => /Person|Name/.test(g)))) return one('LOCATION', c.from, c.to, 'location.known-place');
    // a country the lexicon knows by all its words, whatever the tagger made of one of them
    // ("Sri Lanka": "Sri" is a given name too)
    if (c.to - c.from > 1 && knownPlace(phrase(c.tokens, c.from, c.to))) return one('LOCATION', c.from, c.to, 'location.known-place');
    // "the English county of Lincolnshire": a nationality the tagger took for a place
    if (c.to - c.from === 1 && (lexiconTags(w).includes('Demonym') || countryOfDemonym(w))) return null;
    // "Ruritanian state television", "the Veldish army": a word with a nationality's ending
    // before a lower-case noun is an adjective, whatever place the tagger took it for
    if (c.to - c.from === 1 && NATIONALITY_ENDING.test(w) && nounAfter(c.tokens[c.from]!, c.tokens[c.to])) return null;
    // "golfer Tiger Woods", "spokesman Kelvo Marsh": after a lower-case title or a trade's
    // noun the words are a person's, whatever place's suffix they end in
    const prev = c.tokens[c.from - 1];
    if (c.to - c.from > 1 && prev?.post === ' ' && /^\p{Ll}/u.test(prev.text) && (c.lex.titles.has(prev.text) || lexicon('occupations').has(prev.text))) return null;
    // qualifiers of place may open it: "New South Wales", "Greater Manchester"
    let first = c.from;
    while (first < c.to - 1 && c.lex.placeQualifiers.has(lower(c.tokens[first]!))) first++;
    for (let i = first; i < c.to; i++) if (!has(c.tokens[i]!, 'Place')) return null;
    // "Minister Kelvo Marsh": a title's word before more words is no place's, whatever the
    // tagger spread (one that ends the name may be: "Port-au-Prince")
    for (let i = first; i < c.to - 1; i++) if (c.tokens[i]!.post === ' ' && c.lex.titles.has(lower(c.tokens[i]!))) return null;
    // "Helen Ward", "Robert Lane": a first name makes it a person, whatever the suffix says;
    // so does a given name before a surname that is a word ("Ivo Marsh", "Ivo Marsh of Kelby")
    if (c.to - c.from > 1 && firstName(c.tokens[c.from]!)) return null;
    if (givenAndWordSurname(c.tokens, c.from, Math.min(c.to, c.from + 2)) && (c.to - c.from === 2 || lower(c.tokens[c.from + 2]!) === 'of')) return null;
    // in a headline every word is capitalized and "Site" looks like a place: ask the lexicon
    if (c.titleCase && !c.tokens.slice(c.from, c.to).some((t) => knownPlace(bare(t)))) return null;
    return one('LOCATION', c.from, c.to, 'location.tagged');
  },
};

import { bare, one, rule, type NameRule } from '../names/view.js';
import { knownPlace } from './known-place.js';

/** "U.S.", "UK", "NYC" (recognize/location/acronyms.txt); "VIENNA" in a dateline. */
export const placeAcronym: NameRule = {
  id: 'location.acronym',
  strong: true,
  info: [
    rule('location.acronym', 'LOCATION', "a place's abbreviation the lexicon lists", 'The U.S. and Russia agreed.', 'U.S.'),
    rule('location.capitals', 'LOCATION', 'a known place written in capitals, as in a headline', 'Talks resumed in VIENNA on Monday.', 'VIENNA'),
  ],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const w = bare(c.tokens[c.from]!);
    if (c.lex.placeAcronyms.has(w)) return one('LOCATION', c.from, c.to, 'location.acronym');
    // a place written in capitals, as in a dateline: "VIENNA –"
    if (w.length > 3 && w === w.toUpperCase() && knownPlace(w)) return one('LOCATION', c.from, c.to, 'location.capitals');
    return null;
  },
};

import { one, phrase, rule, type NameRule } from '../names/view.js';
import { afterPlacePreposition, placeCueBefore } from './cue.js';
import { afterListedPlace } from './after-place.js';
import { isGazetteerCity } from './gazetteer.js';

// a city of the gazetteer that nothing before typed ("in Herat", "near Severodvinsk"): the
// whole chunk is the city's name as written, and a one-word name needs a preposition of
// place before it (cities share names with heroes and myths: "Batman", "Atlantis") or a
// listed place and "and" ("in Lautoka and Nadi")

export const gazetteerPlace: NameRule = {
  id: 'location.gazetteer',
  strong: true,
  info: [rule('location.gazetteer', 'LOCATION', 'a city of the GeoNames gazetteer (a one-word name after a preposition of place)', 'Fighting was reported in Herat on Monday.', 'Herat')],
  read(c) {
    if (!isGazetteerCity(phrase(c.tokens, c.from, c.to))) return null;
    // (or a verb of war or a word of places before it: "seized Nyala", "northern Kidal")
    if (c.to - c.from === 1 && !afterPlacePreposition(c) && !afterListedPlace(c) && !placeCueBefore(c)) return null;
    return one('LOCATION', c.from, c.to, 'location.gazetteer');
  },
};

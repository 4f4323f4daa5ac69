// Towns and districts below the city gazetteer (towns.ts): "Azaz", "Tell Abyad", "Chibok".
// Their names are often words or names elsewhere, so each needs a cue of place.
import { one, phrase, rule, type NameRule } from '../names/view.js';
import { afterPlacePreposition, placeCueBefore, placeNounAfter, regionAfter } from './cue.js';
import { isTown } from './towns.js';

/** A town of the list with a cue of place: "in Azaz", "the town of Chibok", "the Azaz district", "Baiji, Iraq". */
export const townPlace: NameRule = {
  id: 'location.town',
  strong: true,
  info: [rule('location.town', 'LOCATION', 'a town or district of the GeoNames list with a cue of place (a preposition of place, "the town of", a place noun after it, a country after a comma)', 'Shells fell in Bentiu overnight.', 'Bentiu')],
  read(c) {
    if (!isTown(phrase(c.tokens, c.from, c.to))) return null;
    // "North Waziristan", "Upper Nile": a part of a land by its side names only a place
    const sided = c.to - c.from >= 2 && c.lex.placeQualifiers.has(c.tokens[c.from]!.text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(c.tokens[c.from]!.text);
    if (!sided && !afterPlacePreposition(c) && !placeCueBefore(c) && !placeNounAfter(c) && !regionAfter(c)) return null;
    return one('LOCATION', c.from, c.to, 'location.town');
  },
};

// "moved to Adelaide", "stations in Sydney": a city of the gazetteer whose name is also a
// given name. The tagger reads the word as a woman's or a man's name, but news names a
// person alone by the surname, never by the given name: with a cue of place, the city.
import { one, rule, type NameRule } from '../names/view.js';
import { afterPlacePreposition, placeCueBefore, placeNounAfter, regionAfter } from './cue.js';
import { isGivenNameCity } from './gazetteer.js';

export const givenNameCity: NameRule = {
  id: 'location.given-name-city',
  strong: true,
  info: [rule('location.given-name-city', 'LOCATION', 'one word that names a city of 200,000 people and more and is a given name (no surname), with a cue of place', 'He moved to Adelaide in 1990.', 'Adelaide')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    // (a surname alone is a person in news, "a pass to Harrison": the list holds none)
    if (!isGivenNameCity(t.text)) return null;
    if (!afterPlacePreposition(c) && !placeCueBefore(c) && !placeNounAfter(c) && !regionAfter(c)) return null;
    return one('LOCATION', c.from, c.to, 'location.given-name-city');
  },
};

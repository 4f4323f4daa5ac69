import { knownNameRule } from '../names/known.js';
import { rule } from '../names/view.js';

/** A place our lexicon lists (recognize/location/names.txt), beside compromise's. */
export const locationKnown = knownNameRule('LOCATION', 'location.known', (lex) => lex.placeNames, rule('location.known', 'LOCATION', 'a place the lexicon lists', 'The delegates met on Capitol Hill.', 'Capitol Hill'));

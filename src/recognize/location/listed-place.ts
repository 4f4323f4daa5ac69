import { isGazetteerCity } from './gazetteer.js';
import { knownPlace } from './known-place.js';
import { isTown } from './towns.js';

/** A place some list knows, as written: compromise's lexicon, the city gazetteer or the towns. */
export const listedPlace = (p: string): boolean => knownPlace(p) || isGazetteerCity(p) || isTown(p);

import { lexiconTags } from '../../nlp/tagger.js';

const PLACE_LEXICON_TAGS = ['City', 'Country', 'Region', 'Place', 'Continent', 'Island'];

/** A place (a word or a phrase) by compromise's lexicon, not by a guess from context. */
export const knownPlace = (w: string): boolean => lexiconTags(w).some((g) => PLACE_LEXICON_TAGS.includes(g));

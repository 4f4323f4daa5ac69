import type { Token } from '../../types.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { bare, has } from '../names/view.js';
import { lexicon } from '../../lexicon/registry.js';
import { isGivenName, isSurname } from './given-names.js';
import { countryOfDemonym } from '../location/demonyms.js';

/** A first name by the tagger or by compromise's lexicon (context may retag it a place). */
export const firstName = (t: Token): boolean => has(t, 'FirstName') || lexiconTags(bare(t)).some((g) => /^(?:FirstName|MaleName|FemaleName)$/.test(g));

/**
 * A given name of many cultures (given-names.ts: "Ngozi", "Abdullahi") that is no surname
 * too ("Gibson", "Palmer" open places and buildings as often), or a month's name that is a
 * given name too ("Jan Kovar", month-given-names.txt).
 */
export const givenName = (t: Token): boolean => (isGivenName(bare(t)) && !isSurname(bare(t))) || lexicon('monthGivenNames').has(bare(t));

/**
 * A given name of the wider lists and an English surname that is a common word, as two
 * words ("Ivo Marsh", "Tunde Field"): a person, though the tagger reads a place's suffix.
 */
export const givenAndWordSurname = (tokens: readonly Token[], from: number, to: number): boolean =>
  to - from === 2 && tokens[from]!.post === ' ' && givenName(tokens[from]!) && lexicon('commonWordSurnames').has(tokens[from + 1]!.text) && !nationality(tokens[from]!);

/** "Irish Banks", "Welsh Water": a nationality before a plural or a common noun is no given name. */
const nationality = (t: Token): boolean => has(t, 'Demonym') || lexiconTags(bare(t)).includes('Demonym') || countryOfDemonym(bare(t)) !== null;

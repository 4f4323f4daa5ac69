import type { Token } from '../../types.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { bare, has } from '../names/view.js';

/** A first name by the tagger or by compromise's lexicon (context may retag it a place). */
export const firstName = (t: Token): boolean => has(t, 'FirstName') || lexiconTags(bare(t)).some((g) => /^(?:FirstName|MaleName|FemaleName)$/.test(g));

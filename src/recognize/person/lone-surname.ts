import type { Token } from '../../types.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isKnownOrg } from '../org/known-orgs.js';
import { has, lower, type ChunkView } from '../names/view.js';

/**
 * One capitalized word no dictionary or lexicon reads as a common word, a place, an
 * organization or a title, and the document never writes in lower case: where the words
 * around it say a person ("Voss of the Brellix Foundation said", "said Darek"), a surname.
 */
export function loneSurname(c: ChunkView, t: Token): boolean {
  const w = lower(t);
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || isCommonWord(w) || c.lowerWords.has(w)) return false;
  if (has(t, 'Place', 'Organization', 'Demonym', 'Date', 'Month', 'WeekDay') || c.lex.orgHeads.has(w) || c.lex.titles.has(w) || isKnownOrg(t.text)) return false;
  return !lexiconTags(t.text).some((g) => g === 'Place' || g === 'Country' || g === 'City' || g === 'Region' || g === 'Organization' || g === 'Demonym');
}

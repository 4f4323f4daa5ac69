// "in Lautoka and Nadi", "Accra and Kumasi had more rain", "Hefei, Wuhu and Bengbu": a name
// listed right after a place, joined by "and" or "or" (or by a comma inside a list that goes
// on), is read in the same sense (one-word cities of the gazetteer otherwise need a
// preposition before them). The place before it is one the lexicon knows as a place or a
// region ("Accra", "Hefei"), or a city of the lists after a preposition of place ("in
// Lautoka"): a town's name alone is too often a word of another sense ("Endeavour and
// Atlantis" are shuttles).
import type { Token } from '../../types.js';
import { lexicon } from '../../lexicon/registry.js';
import { bare, lower, type ChunkView } from '../names/view.js';
import { knownPlace } from './known-place.js';
import { listedPlace } from './listed-place.js';
import { regionOf } from './regions.js';

const capitalized = (t: Token | undefined): t is Token => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);

/** Whether token i is a one-word place that a list can go on from. */
function placeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!capitalized(t)) return false;
  const w = bare(t);
  if (knownPlace(w) || regionOf(w)?.kind === 'name') return true;
  const before = tokens[i - 1];
  return listedPlace(w) && !!before && before.post.trim() === '' && lexicon('placePrepositions').has(lower(before));
}

/** Whether the chunk follows a one-word place and "and" or "or", or a comma with "and" or "or" after it. */
export function afterListedPlace(c: ChunkView): boolean {
  const b1 = c.tokens[c.from - 1];
  if (!b1) return false;
  // "Hefei, Wuhu and Bengbu": the comma is the place's own post, and the list goes on
  if (b1.post.trim() === ',') {
    const after = c.tokens[c.to - 1]!.post.trim();
    const next = c.tokens[c.to];
    // (a comma after it ends an apposition as often: "University of Arkansas, Fayetteville, said")
    const goesOn = after === '' && !!next && /^(?:and|or)$/.test(next.text);
    return goesOn && placeAt(c.tokens, c.from - 1);
  }
  return /^(?:and|or)$/.test(b1.text) && b1.post.trim() === '' && c.tokens[c.from - 2]?.post.trim() === '' && placeAt(c.tokens, c.from - 2);
}

// "Kisumu Governor Peter Ochieng", "West Java Governor Ridwan Kamil", "Sabah Chief Minister
// Hajiji Noor": before the title of an office held for a place, words that name a place the
// lists know are that place, not an organization (they were read as "org.before-title").
import { lexicon } from '../../lexicon/registry.js';
import { listedPlace } from '../location/listed-place.js';
import { regionOf } from '../location/regions.js';
import { lower, phrase, rule, type ChunkView, type NamePart } from '../names/view.js';

export const PLACE_BEFORE_TITLE = rule('location.before-title', 'LOCATION', 'a listed place before the title of an office held for it', 'Kisumu Governor Peter Ochieng opened the road.', 'Kisumu');

/** The place [from, to) before the title [to, end), when the title is an office of a place. */
export function placeBeforeTitle(c: ChunkView, from: number, to: number, end: number): NamePart | null {
  if (from >= to || to - from > 4) return null;
  // the title as written or without its modifiers: "Chief Minister", "Deputy Governor" -> "governor"
  const offices = lexicon('placeOfficeTitles');
  const office = (t: number): boolean => {
    const title = c.tokens.slice(t, end).map((x) => lower(x)).join(' ');
    return offices.has(title) || offices.has(title.replace(/-/g, ' '));
  };
  let t = to;
  while (!office(t) && t < end - 1 && c.lex.titleModifiers.has(lower(c.tokens[t]!))) t++;
  if (!office(t)) return null;
  const p = phrase(c.tokens, from, to);
  if (!(regionOf(p)?.kind === 'name' || listedPlace(p))) return null;
  return { type: 'LOCATION', from, to, rule: 'location.before-title' };
}

// "Kisumu Governor Peter Ochieng", "West Java Governor Ridwan Kamil", "Sabah Chief Minister
// Hajiji Noor": before the title of an office held for a place, words that name a place the
// lists know are that place, not an organization (they were read as "org.before-title").
import { lexicon } from '../../lexicon/registry.js';
import { listedPlace } from '../location/listed-place.js';
import { regionOf } from '../location/regions.js';
import { has, lower, phrase, rule, type ChunkView, type NamePart } from '../names/view.js';

export const PLACE_BEFORE_TITLE = rule('location.before-title', 'LOCATION', "a listed place before the title of an office held for it, or any name before a town's own office", 'Kisumu Governor Peter Ochieng opened the road.', 'Kisumu');

/** The place [from, to) before the title [to, end), when the title is an office of a place. */
export function placeBeforeTitle(c: ChunkView, from: number, to: number, end: number): NamePart | null {
  if (from >= to || to - from > 4) return null;
  // the title as written or without its modifiers: "Chief Minister", "Deputy Governor" -> "governor"
  const office = (t: number, offices: ReadonlySet<string>): boolean => {
    const title = c.tokens.slice(t, end).map((x) => lower(x)).join(' ');
    return offices.has(title) || offices.has(title.replace(/-/g, ' '));
  };
  const officeAfterModifiers = (offices: ReadonlySet<string>): boolean => {
    let t = to;
    while (!office(t, offices) && t < end - 1 && c.lex.titleModifiers.has(lower(c.tokens[t]!))) t++;
    return office(t, offices);
  };
  if (!officeAfterModifiers(lexicon('placeOfficeTitles'))) return null;
  const p = phrase(c.tokens, from, to);
  if (regionOf(p)?.kind === 'name' || listedPlace(p) || (townOffice(c, from, to) && officeAfterModifiers(lexicon('townOfficeTitles'))))
    return { type: 'LOCATION', from, to, rule: 'location.before-title' };
  return null;
}

/**
 * Words that can be the name of a town no list knows, before a town's office: each one
 * capitalized (not in capitals: "NYC Mayor" is left to the lists), none an organization's
 * head or name ("Transit Authority Mayor" is none).
 */
function townOffice(c: ChunkView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = c.tokens[i]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || c.lex.orgHeads.has(lower(t)) || c.lex.orgNames.has(t.text)) return false;
    // ... nor a title's word ("Lord"), nor an adverb opening the sentence ("Later")
    if (c.lex.titles.has(lower(t)) || c.lex.titleModifiers.has(lower(t)) || has(t, 'Adverb', 'Comparative', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb')) return false;
  }
  return !c.lex.orgNames.has(phrase(c.tokens, from, to));
}

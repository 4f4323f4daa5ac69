// "The USS Carney shot down three drones ... the Carney returned to port": a ship named with
// its prefix (not-name/vessel.ts: none of our types) is then named without it. A mention
// whose text is the name of a ship the document writes with a prefix is that ship, no
// person, place or organization.
import { wordList } from '../data.js';
import type { Mention } from '../types.js';
import { withoutNames } from './names.js';
import type { ResolveRefiner } from './types.js';

// the ship's name after its prefix: capitalized words and initials, "of" and "the" inside
const NAME = /^[ \t]+((?:\p{Lu}[\p{L}'’-]*\.?)(?:[ \t]+(?:(?:of|the)[ \t]+)?\p{Lu}[\p{L}'’-]*\.?)*)/u;

let prefixes: RegExp | undefined;
function prefixPattern(): RegExp {
  return (prefixes ??= new RegExp(`\\b(?:${wordList('recognize/not-name/vessel-prefixes.txt').join('|')})(?=[ \\t])`, 'g'));
}

/** The names of the ships the text writes with their prefix ("Gerald R. Ford", "Carney"). */
export function vesselNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const hit of text.matchAll(prefixPattern())) {
    const m = NAME.exec(text.slice(hit.index! + hit[0].length, hit.index! + hit[0].length + 80));
    if (m) names.add(m[1]!.replace(/\.$/, '').replace(/[ \t]+/g, ' '));
  }
  return names;
}

export const dropVesselNames = (text: string, mentions: readonly Mention[]): Mention[] => withoutNames(mentions, vesselNames(text));

export const vesselNamesRefiner: ResolveRefiner = {
  id: 'vessel-names',
  refine: (a) => void (a.mentions = dropVesselNames(a.plain.text, a.mentions)),
};

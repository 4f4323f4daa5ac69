// A member of a US legislature is named with the party's letter and the state, in brackets
// or between commas, as wires write it: "Sen. Dana Kell (R-Ariz.)", "Rep. Lee Moss, D-N.Y.,",
// "Sen. Tom Hale (I-Vermont)". The tag is one word to the tokenizer, so no rule read the
// state inside it: the state (its abbreviation or its name) is a place, the party's letter
// no part of it. Only right after a person's name, for a state the regions know by its
// abbreviation or its name.
import type { Mention, RuleInfo } from '../types.js';
import { regionOf } from '../recognize/location/regions.js';
import { Coverage } from './coverage.js';
import type { ResolveRefiner } from './types.js';

const RULE = 'location.party-state';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'LOCATION',
    description: 'the state of a legislator\'s party tag after the name ("Sen. Dana Kell (R-Ariz.)", "Rep. Lee Moss, D-N.Y.,")',
    example: 'Sen. Dana Kell (R-Ariz.) said the bill was dead.',
    expect: 'Ariz.',
  },
];

// "(R-Ariz.)", ", D-N.Y.,", "(I-Vermont)", "(D-New Mexico)": the party's letter, a hyphen, the
// state, then the bracket or the comma that closes the tag
const TAG = /(\(|,)[ \t]*[RDI]-(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)[ \t]*(?=\)|,|;|$)/gmu;

export function partyStates(text: string, mentions: Mention[]): Mention[] {
  if (!/[RDI]-\p{Lu}/u.test(text)) return mentions;
  const people = mentions.filter((m) => m.type === 'PERSON');
  if (!people.length) return mentions;
  const ends = new Set(people.map((m) => m.end));
  const where = new Coverage(text.length, mentions);
  const added: Mention[] = [];
  for (const m of text.matchAll(TAG)) {
    // right after a person's name: "Dana Kell (R-Ariz.)"
    let before = m.index!;
    while (before > 0 && /[ \t]/.test(text[before - 1]!)) before--;
    if (!ends.has(before)) continue;
    const state = m[2]!;
    const region = regionOf(state) ?? regionOf(state.replace(/\.$/, ''));
    // (not a postal code: "R-IN", "D-OR", "R-ME" read as words too, and the corpora that write
    // the code, as Wikinews does, type the whole tag the state's party, "R-AZ" ORG)
    if (!region || region.country !== 'US' || region.kind === 'code') continue;
    const start = m.index! + m[0].length - state.length - (m[0].length - m[0].trimEnd().length);
    const end = start + state.length;
    if (!where.free(start, end)) continue;
    where.take(start, end);
    // (named in full, as a town's state after a comma is: "Ariz." -> "Arizona")
    added.push({ type: 'LOCATION', start, end, text: state, rule: RULE, ...(region.kind === 'abbreviation' ? { name: region.name } : {}) });
  }
  return added.length ? [...mentions, ...added].sort((x, y) => x.start - y.start) : mentions;
}

export const partyStatesRefiner: ResolveRefiner = {
  id: 'party-states',
  refine: (a) => void (a.mentions = partyStates(a.plain.text, a.mentions)),
};

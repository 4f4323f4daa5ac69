import { lexicon } from '../../lexicon/registry.js';
import { bracketedAcronym, has, lower, none, phrase, type ChunkView, type NameRule } from '../names/view.js';
import { knownPlace } from '../location/known-place.js';
import { isKnownOrg } from '../org/known-orgs.js';
import { isListedOrg } from '../org/listed-orgs.js';

// "Integrated Air and Missile Defense (IAMD) systems", "the Terminal High Altitude Area
// Defense (THAAD) battery", "Ground-based Midcourse Defense system": a kind of defence named
// before the equipment that provides it is a weapon system, none of our types, and so is
// its acronym in brackets; "Joint All-Domain Command and Control" is a capability. A body of
// defence is named so too ("Kelby Missile Defense", "the Ministry of Defence") but never
// before "system" or "battery".
const DEFENCE = /^(?:Defense|Defence)$/;

/** The token after the chunk and the acronym in brackets that may follow it: "... (THAAD) battery". */
function equipmentAfter(c: ChunkView, at: number): boolean {
  // ("... Defense (THAAD) battery": the acronym's bracket closes before the noun)
  const next = bracketedAcronym(c.tokens[at]) ? c.tokens[at + 1] : c.tokens[at];
  return next !== undefined && lexicon('weaponSystemNouns').has(next.text);
}

/**
 * "Bradley fighting vehicles", "Abrams tanks", "Stryker armored vehicles": a name of one or
 * two words before arms in lower case, with their modifiers between (weapon-model-nouns.txt,
 * weapon-model-modifiers.txt), is a model's; a body, a place or a people a lexicon knows
 * keeps its reading ("Hezbollah drones", "Boeing jets", "Ukraine tanks").
 */
function modelBeforeArms(c: ChunkView): boolean {
  if (c.to - c.from > 2 || c.tokens[c.to - 1]!.post !== ' ') return false;
  let at = c.to;
  for (let n = 0; n <= 3 && at < c.tokens.length; n++) {
    // a hyphened modifier is several tokens: "self-propelled", "anti-tank"
    let end = at;
    let word = c.tokens[at]!.text;
    while (c.tokens[end]!.post === '-' && end + 1 < c.tokens.length) word += '-' + c.tokens[++end]!.text;
    if (lexicon('weaponModelNouns').has(word)) break;
    if (!lexicon('weaponModelModifiers').has(word) || c.tokens[end]!.post !== ' ') return false;
    at = end + 1;
  }
  if (at >= c.tokens.length || !lexicon('weaponModelNouns').has(c.tokens[at]!.text)) return false;
  const name = phrase(c.tokens, c.from, c.to);
  if (knownPlace(name) || isKnownOrg(name) || isListedOrg(name) || c.lex.orgNames.has(name)) return false;
  return !c.tokens.slice(c.from, c.to).some((t) => has(t, 'Demonym', 'Place', 'Organization', 'Acronym'));
}

export const weaponSystem: NameRule = {
  id: 'not-name.weapon-system',
  strong: true,
  info: [],
  read(c) {
    const toks = c.tokens;
    const last = toks[c.to - 1]!;
    // the name of the kind of defence, two words at least, then the equipment
    if (c.to - c.from >= 2 && DEFENCE.test(last.text) && !c.lex.orgHeads.has(lower(toks[c.from]!)) && equipmentAfter(c, c.to)) return none();
    // "Virginia-class submarines", "a Kelby-class frigate": a class of ships or arms, named after
    // whatever it is named after
    if (last.post === '-' && toks[c.to]?.text === 'class') return none();
    // "the Long Range Standoff (LRSO) weapon": a name, its acronym in brackets, then a weapon's noun
    if (c.to - c.from >= 2 && !c.lex.orgHeads.has(lower(last)) && bracketedAcronym(toks[c.to]) && lexicon('weaponNouns').has(toks[c.to + 1]?.text ?? '')) return none();
    if (c.to - c.from === 1 && bracketedAcronym(last) && c.from >= 2 && !c.lex.orgHeads.has(lower(toks[c.from - 1]!)) && lexicon('weaponNouns').has(toks[c.to]?.text ?? '')) return none();
    if (modelBeforeArms(c)) return none();
    // "Joint All-Domain Command and Control": command and control is a capability, no command
    if (last.text === 'Command' && last.post === ' ' && toks[c.to]?.text === 'and' && toks[c.to + 1]?.text === 'Control') return none();
    // its acronym, in brackets right after that name: "(THAAD) battery"
    const before = toks[c.from - 1];
    if (c.to - c.from === 1 && before && DEFENCE.test(before.text) && bracketedAcronym(last) && lexicon('weaponSystemNouns').has(toks[c.to]?.text ?? '')) return none();
    return null;
  },
};

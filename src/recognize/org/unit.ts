import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isAcronymName } from '../../resolve/names.js';
import type { Token } from '../../types.js';
import { bare, has, one, rule, type NameRule } from '../names/view.js';
import { endsInNumber } from './unit-number.js';

/** "82nd", "3rd", "101st", a written ordinal ("Fifth") or a Roman numeral ("IV Corps", "XVIII Airborne Corps"). */
export const isOrdinal = (t: Token): boolean =>
  /^\d+(?:st|nd|rd|th)$/i.test(t.text) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && (has(t, 'Ordinal') || lexiconTags(t.text).includes('Ordinal'))) || (t.post === ' ' && /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(t.text));

/**
 * "the Second Brigade of the Third Division", "II Corps of the Army of the Kelvar": a unit
 * named by its ordinal, then "of" and the formation it belongs to, are two names (as
 * "Bank of England" is one: the unit's name is complete before "of"). Where "of" stands, or -1.
 */
function unitOfFormation(toks: readonly Token[], from: number, to: number): number {
  if (!isOrdinal(toks[from]!)) return -1;
  for (let i = from + 1; i + 1 < to; i++) {
    if (toks[i + 1]!.text !== 'of') continue;
    if (!isUnitHead(toks[i]!) || toks[i]!.post !== ' ') return -1;
    const after = toks[i + 2]?.text === 'the' ? i + 3 : i + 2;
    return after < to ? i + 1 : -1;
  }
  return -1;
}

/** A word that heads a military unit's name ("Division", "Airborne", "Marines"). */
export const isUnitHead = (t: Token): boolean => lexicon('unitHeads').has(bare(t).toLowerCase());

// a command abbreviated with "COM": EUCOM, CENTCOM, AFRICOM, INDOPACOM, SOCOM
const COMMAND = /^[A-Z]{2,8}COM$/;
export const isCommandAcronym = (w: string): boolean => COMMAND.test(w);

/**
 * Military units and commands: an ordinal and a unit's head word ("the 82nd Airborne
 * Division", "5th Marines", "Fifth Fleet"), a task force ("Task Force Falcon"), a command
 * abbreviated "-COM" ("CENTCOM") and an acronym joined by a hyphen to a name ("JTF-North").
 */
export const orgUnit: NameRule = {
  id: 'org.unit',
  strong: true,
  info: [
    rule('org.unit', 'ORG', "an ordinal and a military unit's head word", 'Soldiers of the 41st Signal Battalion arrived on Monday.', '41st Signal Battalion'),
    rule('org.task-force', 'ORG', '"Task Force" and the name of the force', 'Task Force Kestrel took over the base.', 'Task Force Kestrel'),
    rule('org.unit-number', 'ORG', "a military unit's head words and its number", 'Ships of Carrier Strike Group 9 sailed on Monday.', 'Carrier Strike Group 9'),
    rule('org.station-number', 'ORG', "a broadcaster's station or channel and its number", 'The interview ran on Kelby Radio 2 on Monday.', 'Kelby Radio 2'),
    rule('org.command', 'ORG', 'a military command abbreviated "-COM", or an acronym joined by a hyphen to a name', 'A spokesman for JTF-Hollow declined to comment.', 'JTF-Hollow'),
  ],
  read(c) {
    const toks = c.tokens;
    const first = toks[c.from]!;
    const n = c.to - c.from;
    // (the formation after "of" is read as a chunk of its own: a unit, an army, a force)
    const of = unitOfFormation(toks, c.from, c.to);
    if (of > 0) {
      const after = toks[of + 1]!.text === 'the' ? of + 2 : of + 1;
      const rest = c.read({ ...c, from: after });
      const formation = rest?.parts.length === 1 && rest.parts[0]!.type === 'ORG' && rest.parts[0]!.to === c.to ? rest.parts[0]! : null;
      if (formation) return { parts: [{ type: 'ORG', from: c.from, to: of, rule: 'org.unit' }, formation] };
    }
    if (n >= 2 && isOrdinal(first) && isUnitHead(toks[c.to - 1]!)) return one('ORG', c.from, c.to, 'org.unit');
    // "16 Air Assault Brigade", "120 Squadron": a number and a formation's singular head
    if (n >= 2 && /^[1-9]\d{0,2}$/.test(first.text) && lexicon('numberedCardinalHeads').has(bare(toks[c.to - 1]!).toLowerCase())) return one('ORG', c.from, c.to, 'org.unit');
    // "Task Force Falcon", "Joint Task Force Bravo"
    for (let i = c.from; i + 2 < c.to && i <= c.from + 1; i++)
      if (/^task$/i.test(toks[i]!.text) && /^force$/i.test(toks[i + 1]!.text) && (i === c.from || /^(?:joint|combined)$/i.test(first.text))) return one('ORG', c.from, c.to, 'org.task-force');
    const numbered = endsInNumber(toks, c.from, c.to);
    if (numbered) return one('ORG', c.from, c.to, numbered === 'unit' ? 'org.unit-number' : 'org.station-number');
    if (n === 1 && COMMAND.test(bare(first))) return one('ORG', c.from, c.to, 'org.command');
    // "JTF-North", "CJTF-Bravo": an acronym (no place's) and a name, joined by a hyphen
    if (n === 2 && first.post === '-' && isAcronymName(first.text) && !has(first, 'Place') && /^\p{Lu}\p{Ll}+$/u.test(bare(toks[c.from + 1]!)) && !c.lex.placeAcronyms.has(first.text))
      return one('ORG', c.from, c.to, 'org.command');
    return null;
  },
};

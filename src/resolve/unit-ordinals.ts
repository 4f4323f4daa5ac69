// "The 139th Infantry Regiment ... the 139th crossed the river": a unit named in full with
// its ordinal is then named by the ordinal alone, as military histories and defence reports
// write. The ordinal joins the unit's entity (not when two units of the document share it).
import { wordList } from '../data.js';
import type { Mention, RuleInfo } from '../types.js';
import { cleanName } from './names.js';
import type { ResolveRefiner } from './types.js';

export const UNIT_ORDINAL_RULE = 'org.unit-ordinal';

export const rules: readonly RuleInfo[] = [
  {
    id: UNIT_ORDINAL_RULE,
    emits: 'ORG',
    description: 'the ordinal alone of a military unit named in full in the document ("the 139th" after "the 139th Infantry Regiment")',
    example: 'The 139th Infantry Regiment landed first. Later the 139th crossed the river.',
    expect: '139th',
  },
];

const ORDINAL_OPENS = /^(\d+(?:st|nd|rd|th))\s/i;
const THE_ORDINAL = /\b[Tt]he (\d+(?:st|nd|rd|th))\b/g;
let others: ReadonlySet<string> | undefined;
const countsOther = (w: string) => (others ??= new Set(wordList('resolve/unit-ordinals.txt'))).has(w.toLowerCase());

export function unitOrdinals(text: string, mentions: readonly Mention[]): Mention[] {
  // each ordinal that opens the name of a unit, and that unit's name (null: two units share it)
  const units = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.rule !== 'org.unit') continue;
    const ordinal = ORDINAL_OPENS.exec(m.text)?.[1]?.toLowerCase();
    if (!ordinal) continue;
    const name = m.name ?? cleanName(m.text);
    units.set(ordinal, units.has(ordinal) && units.get(ordinal) !== name ? null : name);
  }
  if (units.size === 0) return [...mentions];
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const added: Mention[] = [];
  for (const hit of text.matchAll(THE_ORDINAL)) {
    const ordinal = hit[1]!;
    const name = units.get(ordinal.toLowerCase());
    const start = hit.index! + 4;
    const end = start + ordinal.length;
    if (!name || taken.subarray(start, end).includes(1)) continue;
    // the word after says what the ordinal counts: a capital opens another name ("the 139th
    // Pennsylvania"), a noun of counting another thing ("the 139th anniversary")
    const next = /^[ \t]+([\p{L}][\p{L}-]*)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
    if (/^\p{Lu}/u.test(next) || countsOther(next) || /^[-–]/.test(text[end] ?? '')) continue;
    added.push({ type: 'ORG', start, end, text: ordinal, rule: UNIT_ORDINAL_RULE, name });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

export const unitOrdinalsRefiner: ResolveRefiner = {
  id: 'unit-ordinals',
  refine: (a) => void (a.mentions = unitOrdinals(a.plain.text, a.mentions)),
};

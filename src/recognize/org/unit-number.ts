// "Task Force 51", "Carrier Strike Group 12": a military unit named by its head words and a
// number; a broadcaster's station likewise ("BBC Radio 4", "Channel 4"). The chunker (names/chunks.ts) lets the number close the run of capitals, the
// sentence-start check (names/index.ts) keeps a common first word ("Carrier"), and org.unit
// reads the whole as one ORG.
import { lexicon } from '../../lexicon/registry.js';
import type { Token } from '../../types.js';

// a unit's number: "51", "150" (no year, no amount: four digits or more are not one)
const UNIT_NUMBER = /^\d{1,3}$/;
// what a number counts, when it counts something after it: "Task Force 51 percent" is none
const COUNTS = /^(?:%|percent|per|million|billion|thousand|hundred|times|years?|months?|weeks?|days?|hours?|aircraft|personnel)$/i;

const bareLower = (t: Token): string => t.text.replace(/['’]s$/i, '').toLowerCase();

export type NumberedKind = 'unit' | 'station';

/** What toks[j] closes as its number: a unit's name or a station's whose head words end at j - 1, or null. */
export function numberedKind(toks: readonly Token[], j: number): NumberedKind | null {
  const n = toks[j];
  const head = toks[j - 1];
  if (!n || !head || !UNIT_NUMBER.test(n.text) || head.post !== ' ' || !/^\p{Lu}/u.test(head.text)) return null;
  const two = j >= 2 && toks[j - 2]!.post === ' ' && /^\p{Lu}/u.test(toks[j - 2]!.text) ? `${toks[j - 2]!.text.toLowerCase()} ${bareLower(head)}` : '';
  const has = (key: 'numberedUnitHeads' | 'numberedStationHeads') => lexicon(key).has(bareLower(head)) || lexicon(key).has(two);
  const kind: NumberedKind | null = has('numberedUnitHeads') ? 'unit' : has('numberedStationHeads') ? 'station' : null;
  if (!kind) return null;
  // the number closes the name: no word it counts after it ("Squadron 12 pilots")
  const next = toks[j + 1];
  const counted = next !== undefined && n.post === ' ' && (COUNTS.test(next.text) || (/^\p{Ll}/u.test(next.text) && next.tags.has('Plural') && !next.tags.has('Verb')));
  return counted ? null : kind;
}

/** What tokens [from, to) name, capitals and their number ("Destroyer Squadron 60", "BBC Radio
 * 4"), or a station's capitals, number and capitals ("Channel 4 News"), or null. */
export function endsInNumber(toks: readonly Token[], from: number, to: number): NumberedKind | null {
  if (to - from < 2) return null;
  let number = -1;
  for (let i = from; i < to; i++) {
    if (/^\p{Lu}/u.test(toks[i]!.text)) continue;
    if (number >= 0 || i === from) return null;
    number = i;
  }
  if (number < 0) return null;
  const kind = numberedKind(toks, number);
  return number === to - 1 || kind === 'station' ? kind : null;
}

/** Whether tokens [from, to) are a numbered unit's or station's name. */
export const endsInUnitNumber = (toks: readonly Token[], from: number, to: number): boolean => endsInNumber(toks, from, to) !== null;

// "Task Force 51", "Carrier Strike Group 12": a military unit named by its head words and a
// number. The chunker (names/chunks.ts) lets the number close the run of capitals, the
// sentence-start check (names/index.ts) keeps a common first word ("Carrier"), and org.unit
// reads the whole as one ORG.
import { lexicon } from '../../lexicon/registry.js';
import type { Token } from '../../types.js';

// a unit's number: "51", "150" (no year, no amount: four digits or more are not one)
const UNIT_NUMBER = /^\d{1,3}$/;
// what a number counts, when it counts something after it: "Task Force 51 percent" is none
const COUNTS = /^(?:%|percent|per|million|billion|thousand|hundred|times|years?|months?|weeks?|days?|hours?|aircraft|personnel)$/i;

const bareLower = (t: Token): string => t.text.replace(/['’]s$/i, '').toLowerCase();

/** Whether toks[j] is the number closing a unit's name whose head words end at j - 1. */
export function closesUnit(toks: readonly Token[], j: number): boolean {
  const n = toks[j];
  const head = toks[j - 1];
  if (!n || !head || !UNIT_NUMBER.test(n.text) || head.post !== ' ' || !/^\p{Lu}/u.test(head.text)) return false;
  const heads = lexicon('numberedUnitHeads');
  const two = j >= 2 && toks[j - 2]!.post === ' ' && /^\p{Lu}/u.test(toks[j - 2]!.text) ? `${toks[j - 2]!.text.toLowerCase()} ${bareLower(head)}` : '';
  if (!heads.has(bareLower(head)) && !heads.has(two)) return false;
  // the number closes the name: no word it counts after it ("Squadron 12 pilots")
  const next = toks[j + 1];
  const counted = next !== undefined && n.post === ' ' && (COUNTS.test(next.text) || (/^\p{Ll}/u.test(next.text) && next.tags.has('Plural') && !next.tags.has('Verb')));
  return !counted;
}

/** Whether tokens [from, to) are a numbered unit's name, capitals and its number ("Destroyer Squadron 60"). */
export function endsInUnitNumber(toks: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || !closesUnit(toks, to - 1)) return false;
  for (let i = from; i < to - 1; i++) if (!/^\p{Lu}/u.test(toks[i]!.text)) return false;
  return true;
}

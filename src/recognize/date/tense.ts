// Which way a date without a year points, from the verbs near it in its sentence: the
// nearest tense cue decides. "In October, Russia said ..." (said: past), "set to expire in
// May" (set to: future), "will meet on Friday" (will: future). A small verb-form lexicon
// (data/tense-*.txt) plus the -ed ending, read only for the few dates that need it: no
// tagger runs. (Not compared with compromise's verb tenses yet; see the issue report.)
import { lexicon } from '../../lexicon/registry.js';
import type { Span } from '../../types.js';

export type Tense = 'past' | 'future' | 'present';

const WORD = /[\p{L}’']+/gu;

/** Words ending in -ed that are not past-tense reports. */

const PASSIVE = new Set(['be', 'been', 'being']);

function cueOf(words: string[], i: number): Tense | undefined {
  // a capitalized word inside a sentence is a name ("May", "Will"), not a verb
  if (i > 0 && /^\p{Lu}/u.test(words[i]!)) return undefined;
  const w = words[i]!.toLowerCase().replace(/’/g, "'");
  const next = (words[i + 1] ?? '').toLowerCase();
  const future = lexicon('tenseFuture');
  const past = lexicon('tensePast');
  const prev = (words[i - 1] ?? '').toLowerCase();
  if (w === 'set') return next === 'to' || next === 'for' ? 'future' : 'past';
  // "is to be held", "are to meet": an arrangement for the future
  if ((w === 'is' || w === 'are' || w === 'am') && next === 'to') return 'future';
  if (w === 'due' || w === 'expected' || w === 'scheduled' || w === 'planned') return 'future';
  if (future.has(w)) return 'future';
  if (w.endsWith("'ll")) return 'future';
  const participle = past.has(w) || (w.length > 4 && w.endsWith('ed') && !lexicon('notPast').has(w));
  // a participle after a form of "be" ("will be finalized", "to be held") is no tense of
  // its own: the auxiliary before it decides
  if (participle && PASSIVE.has(prev)) return undefined;
  if (participle || past.has(w)) return 'past';
  if (lexicon('tensePresent').has(w)) return 'present';
  return undefined;
}

/**
 * The tense governing a phrase at [start, end) inside `sentence`: the cue nearest to it
 * (counted in words, either side; a tie goes to the cue before) and how many words lie
 * between them, or undefined when the sentence has none.
 */
export function tenseAt(text: string, sentence: Span, start: number, end: number): { tense: Tense; distance: number } | undefined {
  const words: string[] = [];
  const pos: number[] = [];
  WORD.lastIndex = 0;
  const s = text.slice(sentence.start, sentence.end);
  let m: RegExpExecArray | null;
  let firstAfter = -1;
  let lastBefore = -1;
  while ((m = WORD.exec(s))) {
    const at = sentence.start + m.index;
    if (at >= start && at < end) continue; // the phrase's own words ("last" in "last Tuesday")
    words.push(m[0]);
    pos.push(at);
    if (at < start) lastBefore = words.length - 1;
    else if (firstAfter < 0) firstAfter = words.length - 1;
  }
  const n = words.length;
  for (let d = 0; d < n; d++) {
    const b = lastBefore - d;
    if (b >= 0) {
      const c = cueOf(words, b);
      if (c) return { tense: c, distance: d };
    }
    const a = firstAfter < 0 ? -1 : firstAfter + d;
    if (a >= 0 && a < n) {
      const c = cueOf(words, a);
      if (c) return { tense: c, distance: d };
    }
    if (b < 0 && (a < 0 || a >= n)) break;
  }
  return undefined;
}

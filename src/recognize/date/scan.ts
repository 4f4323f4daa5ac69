// Helpers of the DATE (and MONEY) parsers: reading the words around a match and the
// sentence it is in. Scanning and the masked spans (URLs, e-mail addresses, phone numbers)
// live in ../shared/spans.ts and are re-exported here for the parsers.
import type { Span } from '../../types.js';

export { scan, maskedSpans, overlapsAny } from '../shared/spans.js';

/** The word (letters, digits, apostrophes) ending just before `pos`, skipping spaces; '' if none. */
export function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const end = i;
  while (i > 0 && /[\p{L}\p{N}'’-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).replace(/^['’-]+/, '');
}

/** The start of the word before `pos` (see wordBefore). */
export function wordBeforeStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  while (i > 0 && /[\p{L}\p{N}'’-]/u.test(text[i - 1]!)) i--;
  return i;
}

/** The word starting after `pos`, skipping spaces; '' if none. */
export function wordAfter(text: string, pos: number): string {
  const m = /^[ \t]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(pos, pos + 60));
  return m ? m[1]! : '';
}

/** Whether `pos` begins a sentence or a line (only spaces, quotes or brackets before it). */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t"“‘'(\[]/.test(text[i]!)) i--;
  return i < 0 || /[.!?\n:;]/.test(text[i]!);
}

export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);

/** The sentence containing `pos` (or a span of the whole text if none does). */
export function sentenceAt(sentences: readonly Span[], pos: number, text: string): Span {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= pos ? s : { start: 0, end: text.length };
}

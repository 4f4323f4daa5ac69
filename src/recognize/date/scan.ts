// Helpers shared by the DATE (and MONEY) parsers: scanning a text with one global
// expression, reading the words around a match, and the spans that are never entities
// (URLs, e-mail addresses, phone numbers).
import type { Span } from '../../types.js';

/** Calls `fn` for every match of a global (or sticky-free) expression, in order. */
export function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new Error('scan needs a global expression');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

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

const MASKS = [
  /\b(?:https?|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/g,
  // (the look-behind makes a long run of word characters try its first character only)
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // phone numbers: a country code, an area code in brackets, or three groups 555-123-4567
  /(?<![\w.])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w])/g,
];

/** The spans of URLs, e-mail addresses and phone numbers, sorted. */
export function maskedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of MASKS) scan(re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length }));
  return out.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps any of the sorted spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}

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

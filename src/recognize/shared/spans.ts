// What the recognizers and resolution share about spans of the text: scanning it with one
// global expression, the spans that are never entities (URLs, e-mail addresses, phone
// numbers) and keeping the longest of overlapping spans. DATE, MONEY and resolution each
// use these; none writes its own.
import type { Span } from '../../types.js';

/** Calls `fn` for every non-empty match of a global expression, in order. */
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

// each with what a text must hold for it to match at all (most texts hold no URL and no
// e-mail address: the test is a plain search, the expression's scan tries every position)
const MASKS: readonly { re: RegExp; may: (text: string) => boolean }[] = [
  { re: /\b(?:https?|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/g, may: (text) => text.includes('://') || text.includes('www.') },
  // (the look-behind makes a long run of word characters try its first character only)
  { re: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, may: (text) => text.includes('@') },
  // phone numbers: a country code, an area code in brackets, or three groups 555-123-4567
  { re: /(?<![\w.])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w])/g, may: () => true },
];

/** The text masked last and its spans: DATE and MONEY each ask for the same document's in turn. */
let last: { text: string; spans: readonly Span[] } | undefined;

/** The spans of URLs, e-mail addresses and phone numbers, sorted. */
export function maskedSpans(text: string): readonly Span[] {
  if (last?.text === text) return last.spans;
  const out: Span[] = [];
  for (const { re, may } of MASKS) if (may(text)) scan(re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length }));
  out.sort((a, b) => a.start - b.start);
  last = { text, spans: out };
  return out;
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

/** The items that overlap none of the masked spans (sorted, from maskedSpans). */
export function outsideMasks<T extends Span>(masked: readonly Span[], items: T[]): T[] {
  return masked.length === 0 ? items : items.filter((x) => !overlapsAny(masked, x.start, x.end));
}

/**
 * Non-overlapping items, the longest first; among items of the same length, the one
 * `before` ranks first, then the earlier in the input. Empty items and items ending past
 * `length` (default: the furthest end) are dropped. The result is in text order.
 */
export function keepLongest<T extends Span>(items: readonly T[], before?: (a: T, b: T) => number, length?: number): T[] {
  const limit = length ?? items.reduce((n, x) => Math.max(n, x.end), 0);
  const ranked = items.filter((x) => x.start >= 0 && x.end > x.start && x.end <= limit);
  ranked.sort((a, b) => b.end - b.start - (a.end - a.start) || (before ? before(a, b) : 0));
  const taken = new Uint8Array(limit);
  const kept: T[] = [];
  for (const x of ranked) {
    if (taken.subarray(x.start, x.end).includes(1)) continue;
    taken.fill(1, x.start, x.end);
    kept.push(x);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

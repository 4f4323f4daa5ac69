// The document date, which relative dates resolve against. This module alone chooses it;
// the first of these that has a date wins (DOCUMENT_DATE_ORDER):
//   1. option  the date the caller gives: --date, extract(text, { date }), an NDJSON
//              record's "date". Taken as given.
//   2. meta    the publication date in HTML metadata, as src/text/html.ts reads it
//              (src/text/meta-date.ts, metadataDate: a date <meta> tag, the best-ranked
//              first; JSON-LD "datePublished"; a <time datetime> in the article; the page's
//              first <time> anywhere).
//   3. top     the text's own header, the first six non-empty lines, first line first: a
//              dateline ("WASHINGTON, Feb. 28, 2013 –", "MOSCOW (Reuters), March 1 2008"),
//              a byline or "Published:" line, or a line that is nothing but a date.
//   4. bottom  the same in the last six non-empty lines, the last line first.
//   5. meta    the date the file says it was made (PDF CreationDate), when the text says none.
// Never from the body text. Metadata comes before the text: the publisher writes it for
// machines, while a date at the top of the text may be an update's or an event's.
import type { DocumentDate, DocumentDateSource, PlainText, Span } from '../../types.js';
import { dayMonthParser } from './parsers/day-month.js';
import { monthDayParser } from './parsers/month-day.js';
import { numericDateParser } from './parsers/numeric.js';
import { parseYmd } from './timex.js';
import type { DateContext, DateParse } from './types.js';

/** Where the document date is looked for, in this order (sources in DocumentDate: top is dateline, byline or top). */
export const DOCUMENT_DATE_ORDER = ['option', 'meta', 'top', 'bottom'] as const;

const EDGE_LINES = 6;

interface Line {
  start: number;
  text: string;
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim()) lines.push({ start, text: raw });
    start += raw.length + 1;
  }
  return lines;
}

/** Full dates (with a year) stated on one line. */
function fullDates(line: string): DateParse[] {
  const ctx: DateContext = { text: line, date: null, sentences: [], masked: [] };
  const found = [monthDayParser, dayMonthParser, numericDateParser].flatMap((p) => p.find(ctx));
  return found.filter((p) => p.stated.type === 'value' && /^\d{4}-\d\d-\d\d$/.test(p.stated.value));
}

const BYLINE_LEAD = /^\s*(?:(?:Published|Posted|Updated|Last\s+updated|First\s+published|Date|Dated)(?:\s+on)?\s*:?\s*|By\s+[^\n]{1,80}?\s*(?:[,|•·–—-]\s*|\s+on\s+|\s+))$/i;
const ALONE_LEAD = /^[\s*_#>|•·-]*$/;
// Tolerated after a date alone on a line: a time, a time zone, closing marks
const ALONE_TAIL = /^\s*(?:[,|•·–—-]?\s*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?))?[\s*_.|]*$/i;
// A dateline: a place in capitals (or a Title-case city), maybe a news agency in brackets
const DATELINE_LEAD = /^\s*(?:[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,30})?|[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2},(?:\s*[A-Z][\p{L}.'’ -]{1,30},)?)\s*(?:\([^()\n]{1,40}\))?\s*[,–—-]?\s*$/u;
const DATELINE_TAIL = /^\s*(?:[–—:-]|\(|$)/;

function classify(line: Line, where: 'top' | 'bottom'): { source: DocumentDateSource; parse: DateParse } | undefined {
  for (const p of fullDates(line.text)) {
    const before = line.text.slice(0, p.start);
    const after = line.text.slice(p.end);
    if (ALONE_LEAD.test(before) && ALONE_TAIL.test(after)) return { source: where, parse: p };
    if (BYLINE_LEAD.test(before) && ALONE_TAIL.test(after)) return { source: 'byline', parse: p };
    if (where === 'top' && before.trim() && DATELINE_LEAD.test(before) && DATELINE_TAIL.test(after)) return { source: 'dateline', parse: p };
    // "Thursday, May 7, 2015 On Tuesday, ...": a full date with its weekday opening a line
    if (where === 'top' && !before.trim() && /^\p{L}+,?\s/u.test(line.text.slice(p.start, p.end)) && /^\s+\p{Lu}/u.test(after))
      return { source: 'dateline', parse: p };
  }
  return undefined;
}

/** The document date of a text (and what its markup said), or of the caller's `option` when given. */
export function documentDate(plain: Pick<PlainText, 'text' | 'meta'>, option?: string): DocumentDate | null {
  if (option) return { value: option, source: 'option' };
  const meta = plain.meta.date;
  if (meta && parseYmd(meta)) return { value: meta, source: 'meta' };
  const stated = fromText(plain.text);
  if (stated) return stated;
  // a file's own date (PDF CreationDate) says when the file was made, often long after the text
  const file = plain.meta.fileDate;
  return file && parseYmd(file) ? { value: file, source: 'meta' } : null;
}

function fromText(text: string): DocumentDate | null {
  const lines = nonEmptyLines(text);
  const found = (line: Line, where: 'top' | 'bottom'): DocumentDate | null => {
    const hit = classify(line, where);
    if (!hit || hit.parse.stated.type !== 'value') return null;
    const span: Span = { start: line.start + hit.parse.start, end: line.start + hit.parse.end };
    return { value: hit.parse.stated.value, source: hit.source, span };
  };
  for (const line of lines.slice(0, EDGE_LINES)) {
    const d = found(line, 'top');
    if (d) return d;
  }
  const bottom = lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES)).reverse();
  for (const line of bottom) {
    const d = found(line, 'bottom');
    if (d) return d;
  }
  return null;
}

// The document date: from metadata, else from the text's own header or footer: a dateline
// ("WASHINGTON, Feb. 28, 2013 –", "MOSCOW (Reuters), March 1 2008"), a byline or
// "Published:" line, or a line that is nothing but a date near the top (the first six
// non-empty lines) or the bottom (the last six). Never from the body text.
import type { DocumentDate, DocumentDateSource, Span } from '../../types.js';
import { dayMonthParser } from './parsers/day-month.js';
import { monthDayParser } from './parsers/month-day.js';
import { numericDateParser } from './parsers/numeric.js';
import { parseYmd } from './timex.js';
import type { DateContext, DateParse } from './types.js';

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

export function findDocumentDate(text: string, meta: { date?: string } = {}): DocumentDate | null {
  if (meta.date && parseYmd(meta.date)) return { value: meta.date, source: 'meta' };
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

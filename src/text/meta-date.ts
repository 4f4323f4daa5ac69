// Reads a publication date from a meta tag or `<time datetime>` value. These are machine
// dates ("2013-01-31T10:00:00Z", "2013/01/31", "20130131"); the calendar date is taken as
// written, without converting time zones, since that is the date the publisher printed.

import { isIsoDate } from '../check-options.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

function ymd(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1000 && y <= 9999)) return undefined;
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : undefined; // not 2013-02-30
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The value as YYYY-MM-DD, or undefined when it is not a date. */
export function parseMetaDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().slice(0, 64);
  let m = ISO.exec(v) ?? COMPACT.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = MONTH_DAY_YEAR.exec(v);
  if (m) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  m = DAY_MONTH_YEAR.exec(v);
  if (m) return ymd(+m[3]!, month(m[2]!), +m[1]!);
  return undefined;
}

/** Keys of JSON-LD objects holding the publication date, best first. */
const JSON_LD_KEYS = ['datePublished', 'dateCreated'];
/** JSON-LD blocks bigger than this are not read (they are not article metadata). */
export const JSON_LD_MAX = 1_000_000;

/** The publication date in a JSON-LD script (`"datePublished": "2013-01-31"`), if any. */
export function dateFromJsonLd(json: string): string | undefined {
  if (json.length > JSON_LD_MAX) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  // breadth-first, so the top-level object (the article) wins over nested ones
  const queue: unknown[] = [data];
  for (let k = 0; k < queue.length && k < 10_000; k++) {
    const item = queue[k];
    if (Array.isArray(item)) for (const x of item) queue.push(x);
    else if (item && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      for (const key of JSON_LD_KEYS) {
        const date = typeof obj[key] === 'string' ? parseMetaDate(obj[key]) : undefined;
        if (date) return date;
      }
      for (const value of Object.values(obj)) if (value && typeof value === 'object') queue.push(value);
    }
  }
  return undefined;
}

/** The dates HTML metadata states, as src/text/html.ts finds them. */
export interface MetaDates {
  /** the best-ranked date <meta> tag (html-vocabulary.ts DATE_META_NAMES) */
  metaTag?: string;
  /** JSON-LD "datePublished" (or "dateCreated") */
  jsonLd?: string;
  /** the first <time datetime> inside <article> or <main> */
  articleTime?: string;
  /** the first <time datetime> anywhere on the page (a header above the article holds it as often as not) */
  firstTime?: string;
}

/**
 * The publication date HTML metadata states, in this order: a meta tag, JSON-LD, a time
 * in the article, else the page's first time. (Its place among the
 * other sources of the document date: src/recognize/date/document-date.ts.)
 */
export function metadataDate(d: MetaDates): string | undefined {
  return d.metaTag ?? d.jsonLd ?? d.articleTime ?? d.firstTime;
}

// The DATE recognizer: parsers find date phrases and state what the text says; refiners
// drop what is not a date, resolve overlaps, give partial dates a direction from the tense
// and compute TIMEX3 values against the document date. Both lists are literal and ordered:
// among phrases of the same length, the earlier parser wins.
import { runRecognizer } from '../run.js';
import type { DocumentContext, Mention } from '../../types.js';
import { dayMonthParser } from './parsers/day-month.js';
import { decadeParser } from './parsers/decade.js';
import { durationParser } from './parsers/duration.js';
import { holidayParser } from './parsers/holiday.js';
import { monthDayParser } from './parsers/month-day.js';
import { monthYearParser } from './parsers/month-year.js';
import { monthParser } from './parsers/month.js';
import { numericDateParser } from './parsers/numeric.js';
import { quarterParser } from './parsers/quarter.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { seasonParser } from './parsers/season.js';
import { theDayParser } from './parsers/the-day.js';
import { weekdayParser } from './parsers/weekday.js';
import { yearParser } from './parsers/year.js';
import { ageParser } from './parsers/age.js';
import { frequencyParser } from './parsers/frequency.js';
import { nthOfParser } from './parsers/nth-of.js';
import { ordinalDayParser } from './parsers/ordinal-day.js';
import { samePeriodParser } from './parsers/same-period.js';
import { spanParser } from './parsers/span.js';
import { samePeriodRefiner } from './refiners/same-period.js';
import { anaphoraRefiner } from './refiners/anaphora.js';
import { directionRefiner } from './refiners/direction.js';
import { dropMaskedRefiner } from './refiners/drop-masked.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps.js';
import { resolveRefiner } from './refiners/resolve.js';
import { maskedSpans } from './scan.js';
import type { DateContext, DateParser, DateRefiner } from './types.js';

export { documentDate, DOCUMENT_DATE_ORDER } from './document-date.js';

export const DATE_PARSERS: readonly DateParser[] = [
  spanParser,
  nthOfParser,
  samePeriodParser,
  monthDayParser,
  dayMonthParser,
  numericDateParser,
  monthYearParser,
  quarterParser,
  relativePeriodParser,
  relativeDayParser,
  yearParser,
  decadeParser,
  seasonParser,
  holidayParser,
  monthParser,
  weekdayParser,
  ageParser,
  durationParser,
  frequencyParser,
  ordinalDayParser,
  theDayParser,
];

export const DATE_REFINERS: readonly DateRefiner[] = [
  dropMaskedRefiner,
  removeOverlapsRefiner,
  directionRefiner,
  resolveRefiner,
  samePeriodRefiner,
  anaphoraRefiner,
];

/** DATE mentions of a document, sorted and non-overlapping, each with its TIMEX3 value when computable. */
export function recognizeDates(ctx: DocumentContext): Mention[] {
  const dctx: DateContext = { text: ctx.text, date: ctx.date, sentences: ctx.sentences, masked: maskedSpans(ctx.text), ...(ctx.prefer ? { prefer: ctx.prefer } : {}) };
  const parses = runRecognizer(dctx, DATE_PARSERS, DATE_REFINERS);
  return parses.map((p) => {
    const m: Mention = { type: 'DATE', start: p.start, end: p.end, text: ctx.text.slice(p.start, p.end), rule: p.rule };
    if (p.value !== undefined) m.value = p.value;
    return m;
  });
}

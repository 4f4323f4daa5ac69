// Periods counted from the document date: "this week" (2013-W09), "this weekend"
// (2013-W05-WE), "last month", "next year", "later this month", "earlier in the week",
// "the end of this year", "the beginning of the year", "the previous year", "year-end",
// "the weekend", "this past week", "late in the day" (the day last named), "the financial
// year" (FY2013).
import { WORD_AFTER, WORD_BEFORE, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { CalendarUnit, DateContext, DateParse, DateParser, Stated } from '../types.js';

const UNITS = 'week|weekend|month|year|quarter|decade|century|yr|qtr';
/** abbreviations of the units: "last yr", "next qtr" */
const ABBREV: Record<string, CalendarUnit> = { yr: 'year', qtr: 'quarter' };
const RE = compile(
  WORD_BEFORE +
    '(?:' +
    // 1: "later this month", "this week", "the last year", "this past week"
    `((?:(?:earlier|later)\\s+)?(?:this\\s+past|this\\s+coming|this|last|next|past|previous|current|coming|the\\s+(?:last|previous|current|coming|next|past))\\s+(${UNITS}))` +
    // 3: "later in the month", "earlier in the week", "late in the day"
    `|((?:earlier|later|early|late)\\s+in\\s+the\\s+(day|week|month|year))` +
    // 5: "the end of this year", "the beginning of the year", "end of last month", "the very
    // beginning of the financial year"
    `|((?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|rest|remainder|close)\\s+of\\s+(the|this|last|next)\\s+(?:(financial|fiscal)\\s+)?(week|month|year|decade|century))` +
    // 9: "the year before", "the previous year" (handled by 1), "the year earlier"
    `|(the\\s+(year|month|week)\\s+(?:before|previous|prior))` +
    // 11: "year-end", "year end"
    `|((year|month)[- ]end)` +
    // 13: "the weekend"
    `|(the\\s+weekend)` +
    // 14: "the financial year", "this fiscal year", "last fiscal year": the document's (FY2013)
    `|((?:the\\s+(?:current\\s+)?|this\\s+|last\\s+|next\\s+|the\\s+(?:last|previous|next)\\s+)(?:financial|fiscal)\\s+year)` +
    ')' +
    WORD_AFTER,
  'giu',
);

function offsetOf(word: string): number | 'duration' {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:this past)$/.test(w)) return -1;
  if (/^(?:this coming|next|coming|the coming|the next)$/.test(w)) return 1;
  if (/^(?:last|previous|the last|the previous)$/.test(w)) return -1;
  if (/^(?:past|the past)$/.test(w)) return 'duration';
  return 0; // this, current, the current, the
}


export const relativePeriodParser: DateParser = {
  id: 'date.relative-period',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(RE, ctx.text, (m) => {
      let stated: Stated | undefined;
      let rule = 'date.relative-period';
      if (m[1]) {
        const unit = (ABBREV[m[2]!.toLowerCase()] ?? m[2]!.toLowerCase()) as CalendarUnit;
        const lead = m[1].slice(0, m[1].length - m[2]!.length).trim().replace(/^(?:earlier|later)\s+/i, '');
        const off = offsetOf(lead);
        if (off === 'duration' || (/^the last$/i.test(lead) && (unit === 'decade' || unit === 'century'))) {
          // "the past decade", "the past week": the whole one before the document date's own,
          // as "the past three years" counts (parsers/duration.ts)
          stated = { type: 'rolling', unit, count: 1, ahead: false };
          rule = 'date.past-period';
        } else stated = { type: 'relative', unit, offset: off };
      } else if (m[3]) {
        const unit = m[4]!.toLowerCase() as CalendarUnit;
        // "later in the day" is the day last named, as "the same day" (refiners/anaphora.ts)
        stated = unit === 'day' ? { type: 'anaphor' } : { type: 'relative', unit, offset: 0 };
        rule = 'date.part-of-period';
      } else if (m[5]) {
        const off = m[6]!.toLowerCase() === 'the' || m[6]!.toLowerCase() === 'this' ? 0 : m[6]!.toLowerCase() === 'last' ? -1 : 1;
        const unit = m[8]!.toLowerCase() as CalendarUnit;
        if (m[7] && unit !== 'year') return;
        stated = { type: 'relative', unit, offset: off, ...(m[7] ? { fiscal: true } : {}) };
        rule = 'date.part-of-period';
      } else if (m[9]) {
        const unit = m[10]!.toLowerCase() as CalendarUnit;
        // "the year before": the year before the last one named, else the document's
        stated = unit === 'year' ? { type: 'same-period', yearOffset: -1, yearOnly: true } : { type: 'relative', unit, offset: -1 };
        rule = 'date.period-before';
      } else if (m[11]) {
        stated = { type: 'relative', unit: m[12]!.toLowerCase() as CalendarUnit, offset: 0 };
        rule = 'date.period-end';
      } else if (m[13]) {
        stated = { type: 'relative', unit: 'weekend', offset: 0 };
        rule = 'date.the-weekend';
      } else if (m[14]) {
        const lead = /^(?:last|the\s+(?:last|previous))\s/i.test(m[14]) ? -1 : /^(?:next|the\s+next)\s/i.test(m[14]) ? 1 : 0;
        stated = { type: 'relative', unit: 'year', offset: lead, fiscal: true };
        rule = 'date.fiscal-year';
      }
      if (stated) out.push({ start: m.index, end: m.index + m[0].length, rule, stated });
    });
    return out;
  },
};

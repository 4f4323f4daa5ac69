// Periods counted from the document date: "this week" (2013-W09), "this weekend"
// (2013-W05-WE), "last month", "next year", "later this month", "earlier in the week",
// "the end of this year", "the beginning of the year", "the previous year", "year-end",
// "the weekend", "this past week".
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
    // 3: "later in the month", "earlier in the week"
    `|((?:earlier|later)\\s+in\\s+the\\s+(week|month|year))` +
    // 5: "the end of this year", "the beginning of the year", "end of last month"
    `|((?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close)\\s+of\\s+(the|this|last|next)\\s+(week|month|year|decade|century))` +
    // 8: "the year before", "the previous year" (handled by 1), "the year earlier"
    `|(the\\s+(year|month|week)\\s+(?:before|previous|prior))` +
    // 10: "year-end", "year end"
    `|((year|month)[- ]end)` +
    // 12: "the weekend"
    `|(the\\s+weekend)` +
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

const LETTER: Record<string, string> = { week: 'W', weekend: 'W', month: 'M', year: 'Y', quarter: 'Q', decade: 'Y', century: 'Y' };
const SIZE: Record<string, number> = { decade: 10, century: 100 };

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
          // "the past decade", "the past week": a stretch of time ending now
          stated = { type: 'value', value: `P${SIZE[unit] ?? 1}${LETTER[unit]}` };
          rule = 'date.past-period';
        } else stated = { type: 'relative', unit, offset: off };
      } else if (m[3]) {
        stated = { type: 'relative', unit: m[4]!.toLowerCase() as CalendarUnit, offset: 0 };
        rule = 'date.part-of-period';
      } else if (m[5]) {
        const off = m[6]!.toLowerCase() === 'the' || m[6]!.toLowerCase() === 'this' ? 0 : m[6]!.toLowerCase() === 'last' ? -1 : 1;
        stated = { type: 'relative', unit: m[7]!.toLowerCase() as CalendarUnit, offset: off };
        rule = 'date.part-of-period';
      } else if (m[8]) {
        stated = { type: 'relative', unit: m[9]!.toLowerCase() as CalendarUnit, offset: -1 };
        rule = 'date.period-before';
      } else if (m[10]) {
        stated = { type: 'relative', unit: m[11]!.toLowerCase() as CalendarUnit, offset: 0 };
        rule = 'date.period-end';
      } else if (m[12]) {
        stated = { type: 'relative', unit: 'weekend', offset: 0 };
        rule = 'date.the-weekend';
      }
      if (stated) out.push({ start: m.index, end: m.index + m[0].length, rule, stated });
    });
    return out;
  },
};

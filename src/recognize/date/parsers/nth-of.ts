// Dates composed of a count and a period: "the last Friday of June", "the first Tuesday of
// last month", "the 2nd last week of 2019", "the last week of March", "the 8th of next
// month"; and weekdays counted in weeks: "Friday after next", "three Fridays from now".
import { MONTH_ALONE, WEEKDAY, WORD_AFTER, WORD_BEFORE, YEAR, monthIndex, ordinals, weekdayIndex, compile } from '../lexicon.js';
import { alternation, numberWordsRe, parseNumeral } from '../../money/numerals.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

let res: { nth: RegExp; after: RegExp; fromNow: RegExp; mayAfter: RegExp; mayFromNow: RegExp } | undefined;
function patterns() {
  if (res) return res;
  const nth = alternation(Object.keys(ordinals().nth));
  const period = `(?:(${MONTH_ALONE()})(?:,?\\s+(${YEAR}))?|(last|next|this)\\s+(month|year)|the\\s+(month|year)|(${YEAR}))`;
  return (res = {
    // 1 which, 2 weekday or "week" or 3 a day ("8th"); 4-9 the period
    nth: compile(
      `${WORD_BEFORE}the\\s+(?:(${nth})\\s+(${WEEKDAY()}|week)|(\\d{1,2})(?:st|nd|rd|th))\\s+of\\s+${period}${WORD_AFTER}`,
      'giu',
    ),
    after: compile(`${WORD_BEFORE}(${WEEKDAY()})\\s+after\\s+next${WORD_AFTER}`, 'gu'),
    fromNow: compile(`${WORD_BEFORE}(${numberWordsRe()}|\\d{1,2})\\s+(${WEEKDAY()})s\\s+(?:from\\s+now|hence)${WORD_AFTER}`, 'giu'),
    // what every match of the two holds, with their flags: a text without it is not scanned
    mayAfter: compile('after\\s+next', 'u'),
    mayFromNow: compile('from\\s+now|hence', 'iu'),
  });
}

/** The period after "of": "June", "June 2013", "last month", "the year", "2019". */
function periodOf(m: RegExpExecArray, at: number): Stated | undefined {
  const [month, year, rel, relUnit, theUnit, bareYear] = [m[at], m[at + 1], m[at + 2], m[at + 3], m[at + 4], m[at + 5]];
  if (month) {
    const i = monthIndex(month)!;
    return year ? { type: 'value', value: `${year}-${String(i).padStart(2, '0')}` } : { type: 'partial', month: i };
  }
  if (rel && relUnit) {
    const r = rel.toLowerCase();
    return { type: 'relative', unit: relUnit.toLowerCase() as 'month' | 'year', offset: r === 'last' ? -1 : r === 'next' ? 1 : 0 };
  }
  if (theUnit) return { type: 'relative', unit: theUnit.toLowerCase() as 'month' | 'year', offset: 0 };
  if (bareYear) return { type: 'value', value: bareYear };
  return undefined;
}

export const nthOfParser: DateParser = {
  id: 'date.nth-of',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const { nth, after, fromNow, mayAfter, mayFromNow } = patterns();
    const table = ordinals().nth;
    scan(nth, ctx.text, (m) => {
      const of = periodOf(m, 4);
      if (!of) return;
      let stated: Stated;
      if (m[3]) {
        const day = +m[3];
        if (day < 1 || day > 31) return;
        // "the 8th of June" is the day-month parser's; here the month is relative
        if (of.type !== 'relative' || of.unit !== 'month') return;
        stated = { type: 'nth', n: day, unit: 'day', of };
      } else {
        const n = table[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
        if (n === undefined) return;
        const weekday = /^week$/i.test(m[2]!) ? undefined : weekdayIndex(m[2]!);
        stated = { type: 'nth', n, unit: weekday === undefined ? 'week' : 'weekday', ...(weekday !== undefined ? { weekday } : {}), of };
      }
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.nth-of', stated });
    });
    if (mayAfter.test(ctx.text)) scan(after, ctx.text, (m) => {
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.weekday-after-next', stated: { type: 'partial', weekday: weekdayIndex(m[1]!)!, shift: 'next', weeks: 1 } });
    });
    if (mayFromNow.test(ctx.text)) scan(fromNow, ctx.text, (m) => {
      const n = parseNumeral(m[1]!);
      if (n === undefined || !Number.isInteger(n) || n < 1 || n > 52) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.weekdays-from-now', stated: { type: 'partial', weekday: weekdayIndex(m[2]!)!, shift: 'next', weeks: n - 1 } });
    });
    return out;
  },
};

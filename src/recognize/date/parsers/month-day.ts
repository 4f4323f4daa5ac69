// "Feb. 28, 2013", "February 28", "Friday, March 01, 2008", "Feb. 13-14", "April 2nd",
// "March 12 2009".
import { LOWER_MONTH_WORDS, MONTH_BEFORE_DAY, WEEKDAY_ANY, WORD_AFTER, WORD_BEFORE, YEAR, monthIndex, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import { isValidDay } from '../timex.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= compile(
    `${WORD_BEFORE}(?:(${WEEKDAY_ANY()}),?\\s+)?(${MONTH_BEFORE_DAY()})\\s*(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?` +
      `(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?)?` +
      `(?:(?:,\\s*|\\s+)(${YEAR})(?![\\d%]|[.,]\\d))?${WORD_AFTER}`,
    'gu',
  ));

export const monthDayParser: DateParser = {
  id: 'date.month-day',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      const month = monthIndex(m[2]!)!;
      const day = +m[3]!;
      // "march 3", "may 5th": a word that is also a verb stands for a month only before a day
      // that ends the phrase ("they may 5 times ..." is no date)
      if (LOWER_MONTH_WORDS.has(m[2]!) && !m[5] && !/(?:st|nd|rd|th)$/.test(m[0]) && !/^(?:\s*$|\s*[,.;:!?)\n])/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return;
      const day2 = m[4] ? +m[4] : undefined;
      const year = m[5] ? +m[5] : undefined;
      const check = year ?? 2000; // a leap year, so Feb. 29 passes without a year
      if (!isValidDay(check, month, day)) return;
      const part = (d: number): Stated =>
        year !== undefined
          ? { type: 'value', value: `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
          : { type: 'partial', month, day: d };
      let stated: Stated = part(day);
      // the rule ids are written out whole, so that the catalogue's test finds each one
      let rule = year !== undefined ? 'date.month-day-year' : 'date.month-day';
      if (day2 !== undefined) {
        if (day2 <= day || !isValidDay(check, month, day2)) return;
        stated = { type: 'range', from: part(day), to: part(day2) };
        rule = year !== undefined ? 'date.month-day-year-range' : 'date.month-day-range';
      }
      out.push({ start: m.index, end: m.index + m[0].length, rule, stated });
    });
    return out;
  },
};

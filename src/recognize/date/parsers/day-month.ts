// "11 December", "28 February 2013", "Thursday 28 February 2013", "the 5th of May",
// "13-14 February".
import { LOWER_MONTH_WORDS, MONTH_BEFORE_DAY, WEEKDAY_ANY, WORD_AFTER, YEAR, monthIndex, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import { isValidDay } from '../timex.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= compile(
    `(?<![\\p{L}\\p{N}.,$€£])(?:(${WEEKDAY_ANY()}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?` +
      `(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH_BEFORE_DAY()})` +
      `(?:,?\\s+(${YEAR})(?![\\d%]|[.,]\\d))?${WORD_AFTER}`,
    'gu',
  ));

export const dayMonthParser: DateParser = {
  id: 'date.day-month',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      const month = monthIndex(m[4]!)!;
      // "May" after a bare number is the modal verb or a name far more often than a month
      // ("5 May" is fine with a year or when the number has an ordinal suffix)
      if (month === 5 && m[4] === 'May' && !m[5] && !/\d(st|nd|rd|th)/.test(m[0])) return;
      // "the 5 march", "3 may": lower-case words that are also verbs need a year or an ordinal
      if (LOWER_MONTH_WORDS.has(m[4]!) && !m[5] && !/\d(st|nd|rd|th)|\bof\b/.test(m[0])) return;
      const day = +m[2]!;
      const day2 = m[3] ? +m[3] : undefined;
      const year = m[5] ? +m[5] : undefined;
      const check = year ?? 2000;
      if (!isValidDay(check, month, day)) return;
      const part = (d: number): Stated =>
        year !== undefined
          ? { type: 'value', value: `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
          : { type: 'partial', month, day: d };
      let stated = part(day);
      // the rule ids are written out whole, so that the catalogue's test finds each one
      let rule = year !== undefined ? 'date.day-month-year' : 'date.day-month';
      if (day2 !== undefined) {
        if (day2 <= day || !isValidDay(check, month, day2)) return;
        stated = { type: 'range', from: part(day), to: part(day2) };
        rule = year !== undefined ? 'date.day-month-year-range' : 'date.day-month-range';
      }
      // a leading "the" is not part of the date ("on the 5th of May" -> "5th of May")
      let start = m.index;
      if (!m[1]) {
        const the = /^the\s+/.exec(m[0]);
        if (the) start += the[0].length;
      }
      out.push({ start, end: m.index + m[0].length, rule, stated });
    });
    return out;
  },
};

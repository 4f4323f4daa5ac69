// "November 2006", "Feb. 2013", "October of 2012", "mid-March 2013", "early June 2009".
import { MONTH_ALONE, WORD_AFTER, WORD_BEFORE, YEAR, monthIndex, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= compile(
    `${WORD_BEFORE}(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]?)?(${MONTH_ALONE()})(?:,?\\s+|\\s+of\\s+)(${YEAR})(?![\\d%]|[.,]\\d)${WORD_AFTER}`,
    'gu',
  ));

export const monthYearParser: DateParser = {
  id: 'date.month-year',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      const month = monthIndex(m[1]!)!;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date.month-year',
        stated: { type: 'value', value: `${m[2]}-${String(month).padStart(2, '0')}` },
      });
    });
    return out;
  },
};

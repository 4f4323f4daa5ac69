// A span of days named by their ordinals, one mention: "from the 3rd to the 6th of June",
// "between the 10th and the 12th of May 2014" (the first ordinal is no date on its own).
// Spans of years or months stay two dates ("from 2009 to 2011"), as TimeBank marks them.
import { MONTH_BEFORE_DAY, WORD_AFTER, WORD_BEFORE, YEAR, monthIndex, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import { isValidDay } from '../timex.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

let days: RegExp | undefined;
const pattern = () =>
  (days ??= compile(
    `${WORD_BEFORE}(?:(from)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+(?:to|until|till|through)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)|(between)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+and\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th))` +
      `\\s+of\\s+(${MONTH_BEFORE_DAY()})(?:,?\\s+(${YEAR}))?${WORD_AFTER}`,
    'gu',
  ));

const pad = (n: number) => String(n).padStart(2, '0');

export const spanParser: DateParser = {
  id: 'date.span',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const push = (m: RegExpExecArray, from: Stated, to: Stated, rule: string) =>
      out.push({ start: m.index, end: m.index + m[0].length, rule, stated: { type: 'range', from, to } });
    scan(pattern(), ctx.text, (m) => {
      const [d1, d2] = m[1] ? [+m[2]!, +m[3]!] : [+m[5]!, +m[6]!];
      const month = monthIndex(m[7]!)!;
      const y = m[8] ? +m[8] : undefined;
      if (d2 <= d1 || !isValidDay(y ?? 2000, month, d1) || !isValidDay(y ?? 2000, month, d2)) return;
      const part = (d: number): Stated => (y !== undefined ? { type: 'value', value: `${y}-${pad(month)}-${pad(d)}` } : { type: 'partial', month, day: d });
      push(m, part(d1), part(d2), 'date.day-span');
    });
    return out;
  },
};

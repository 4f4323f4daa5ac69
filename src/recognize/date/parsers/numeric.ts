// Dates written in digits: ISO "2013-01-30" and the American "1/30/2013", "7/8/07".
import { scan } from '../scan.js';
import { isValidDay } from '../timex.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const ISO = /(?<![\w/.-])((?:1[6-9]|20)\d\d)-(\d\d)-(\d\d)(?![\w/-]|\.\d)/g;
const US = /(?<![\w/.,-])(\d{1,2})\/(\d{1,2})\/((?:1[6-9]|20)\d\d|\d\d)(?![\w/]|\.\d)/g;

const pad = (n: number) => String(n).padStart(2, '0');

export const numericDateParser: DateParser = {
  id: 'date.numeric',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(ISO, ctx.text, (m) => {
      const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
      if (!isValidDay(y, mo, d)) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.iso', stated: { type: 'value', value: m[0] } });
    });
    scan(US, ctx.text, (m) => {
      const [mo, d] = [+m[1]!, +m[2]!];
      let y = +m[3]!;
      if (m[3]!.length === 2) {
        const ref = ctx.date ? +ctx.date.slice(0, 4) : 2000;
        y += 2000;
        if (y > ref + 10) y -= 100;
      }
      if (!isValidDay(y, mo, d)) return;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date.month-day-year-numeric',
        stated: { type: 'value', value: `${y}-${pad(mo)}-${pad(d)}` },
      });
    });
    return out;
  },
};

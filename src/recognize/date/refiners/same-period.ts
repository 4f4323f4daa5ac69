// Resolves "the same period last year": the last calendar period named before it (within
// a few sentences), moved by its year offset ("in February ... compared to the same period
// last year" -> the February before); with none, the document's year moved so. "The year
// before" is the year before the last one named ("$118 billion last year, $19.8 billion
// more than the year previous": the year before last).
import type { DateContext, DateParse, DateRefiner } from '../types.js';

const REACH = 400; // characters back to look for the period referred to
const PERIOD = /^(\d{4})(-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))?$/;

const pad = (n: number) => String(n).padStart(4, '0');

export const samePeriodRefiner: DateRefiner = {
  id: 'same-period',
  refine(ctx: DateContext, parses: DateParse[]): DateParse[] {
    let last: { value: string; end: number } | undefined;
    for (const p of parses) {
      if (p.stated.type === 'same-period') {
        const off = p.stated.yearOffset;
        const m = last && p.start - last.end <= REACH ? PERIOD.exec(last.value) : null;
        if (m) p.value = pad(+m[1]! + off) + (m[2] && !/^-W/.test(m[2]) && !p.stated.yearOnly ? m[2] : '');
        else if (ctx.date) p.value = pad(+ctx.date.slice(0, 4) + off);
      } else if (p.value && PERIOD.test(p.value)) last = { value: p.value, end: p.end };
    }
    return parses;
  },
};

// Resolves "the same day" and "ended the day" to the last day named before them in the
// text (within a few sentences), else to the document date.
import type { DateContext, DateParse, DateRefiner } from '../types.js';

const REACH = 600; // characters back to look for the day referred to

export const anaphoraRefiner: DateRefiner = {
  id: 'anaphora',
  refine(ctx: DateContext, parses: DateParse[]): DateParse[] {
    let last: { value: string; end: number } | undefined;
    for (const p of parses) {
      if (p.stated.type === 'anaphor') {
        p.value = last && p.start - last.end <= REACH ? last.value : (ctx.date ?? undefined);
      } else if (p.value && /^\d{4}-\d\d-\d\d$/.test(p.value) && p.start > 0) last = { value: p.value, end: p.end };
    }
    return parses;
  },
};

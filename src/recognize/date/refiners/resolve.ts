// Computes each phrase's TIMEX3 value from what it states, the document date and its
// direction. A phrase whose value cannot be computed (no document date) keeps none.
import { resolve } from '../timex.js';
import type { DateContext, DateParse, DateRefiner } from '../types.js';

export const resolveRefiner: DateRefiner = {
  id: 'resolve',
  refine(ctx: DateContext, parses: DateParse[]): DateParse[] {
    for (const p of parses) p.value = resolve(p.stated, ctx.date, p.direction, p.strict);
    return parses;
  },
};

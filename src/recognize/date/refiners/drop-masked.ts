// Nothing inside a URL, an e-mail address or a phone number is a date.
import { overlapsAny } from '../scan.js';
import type { DateContext, DateParse, DateRefiner } from '../types.js';

export const dropMaskedRefiner: DateRefiner = {
  id: 'drop-masked',
  refine(ctx: DateContext, parses: DateParse[]): DateParse[] {
    if (ctx.masked.length === 0) return parses;
    return parses.filter((p) => !overlapsAny(ctx.masked, p.start, p.end));
  },
};

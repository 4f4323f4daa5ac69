// Keeps non-overlapping phrases, the longest first ("Feb. 28, 2013" over "Feb. 28" and
// "2013"; "more than two decades" over "two decades"); ties go to the earlier parser.
import type { DateContext, DateParse, DateRefiner } from '../types.js';

export const removeOverlapsRefiner: DateRefiner = {
  id: 'remove-overlaps',
  refine(_ctx: DateContext, parses: DateParse[]): DateParse[] {
    const order = parses.map((p, i) => ({ p, i }));
    order.sort((x, y) => y.p.end - y.p.start - (x.p.end - x.p.start) || x.i - y.i);
    const kept: DateParse[] = [];
    const taken: { start: number; end: number }[] = [];
    for (const { p } of order) {
      if (taken.some((t) => t.start < p.end && p.start < t.end)) continue;
      taken.push(p);
      kept.push(p);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

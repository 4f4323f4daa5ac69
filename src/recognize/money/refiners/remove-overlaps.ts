// Keeps non-overlapping amounts, the longest first; ties go to the earlier parser.
import type { MoneyContext, MoneyParse, MoneyRefiner } from '../types.js';

export const removeOverlapsRefiner: MoneyRefiner = {
  id: 'remove-overlaps',
  refine(_ctx: MoneyContext, parses: MoneyParse[]): MoneyParse[] {
    const order = parses.map((p, i) => ({ p, i }));
    order.sort((x, y) => y.p.end - y.p.start - (x.p.end - x.p.start) || x.i - y.i);
    const kept: MoneyParse[] = [];
    for (const { p } of order) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
    return kept.sort((a, b) => a.start - b.start);
  },
};

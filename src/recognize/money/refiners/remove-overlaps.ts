// Keeps non-overlapping amounts, the longest first; ties go to the earlier parser.
import { keepLongest } from '../../shared/spans.js';
import type { MoneyContext, MoneyParse, MoneyRefiner } from '../types.js';

export const removeOverlapsRefiner: MoneyRefiner = {
  id: 'remove-overlaps',
  refine: (_ctx: MoneyContext, parses: MoneyParse[]): MoneyParse[] => keepLongest(parses),
};

// Keeps non-overlapping phrases, the longest first ("Feb. 28, 2013" over "Feb. 28" and
// "2013"; "more than two decades" over "two decades"); ties go to the earlier parser.
import { keepLongest } from '../../shared/spans.js';
import type { DateContext, DateParse, DateRefiner } from '../types.js';

export const removeOverlapsRefiner: DateRefiner = {
  id: 'remove-overlaps',
  refine: (_ctx: DateContext, parses: DateParse[]): DateParse[] => keepLongest(parses),
};

// Nothing inside a URL, an e-mail address or a phone number is a date.
import { outsideMasks } from '../../shared/spans.js';
import type { DateContext, DateParse, DateRefiner } from '../types.js';

export const dropMaskedRefiner: DateRefiner = {
  id: 'drop-masked',
  refine: (ctx: DateContext, parses: DateParse[]): DateParse[] => outsideMasks(ctx.masked, parses),
};

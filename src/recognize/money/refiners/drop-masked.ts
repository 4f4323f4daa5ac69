// Nothing inside a URL, an e-mail address or a phone number is an amount of money.
import { outsideMasks } from '../../shared/spans.js';
import type { MoneyContext, MoneyParse, MoneyRefiner } from '../types.js';

export const dropMaskedRefiner: MoneyRefiner = {
  id: 'drop-masked',
  refine: (ctx: MoneyContext, parses: MoneyParse[]): MoneyParse[] => outsideMasks(ctx.masked, parses),
};

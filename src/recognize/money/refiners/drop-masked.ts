// Nothing inside a URL, an e-mail address or a phone number is an amount of money.
import { overlapsAny } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyRefiner } from '../types.js';

export const dropMaskedRefiner: MoneyRefiner = {
  id: 'drop-masked',
  refine: (ctx: MoneyContext, parses: MoneyParse[]) =>
    ctx.masked.length ? parses.filter((p) => !overlapsAny(ctx.masked, p.start, p.end)) : parses,
};

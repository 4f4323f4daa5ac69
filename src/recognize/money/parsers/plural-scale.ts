// Vague amounts: "billions of dollars", "hundreds of millions of euros". The amount is the
// scale's lower bound; the modifier keeps the words ("billions of").
import { pieces, scales, nameCurrency } from '../lexicon.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= new RegExp(String.raw`(?<![\p{L}\p{N}])(${pieces().plural})[^\S\n]+of[^\S\n]+(${pieces().name})(?![\p{L}\p{N}])`, 'gu'));

export const pluralScaleParser: MoneyParser = {
  id: 'money.plural-scale',
  find(ctx: MoneyContext): MoneyParse[] {
    const out: MoneyParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      const scale = scales().plural[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
      const currency = nameCurrency(m[2]!);
      if (!scale || !currency || /^(?:cents?|pence|won|rand)$/i.test(m[2]!) || /^[A-Z]{3}$/.test(m[2]!)) return;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'money.plural-scale',
        amount: scale,
        currency,
        modifier: `${m[1]!.toLowerCase().replace(/\s+/g, ' ')} of`,
        scaled: true,
      });
    });
    return out;
  },
};

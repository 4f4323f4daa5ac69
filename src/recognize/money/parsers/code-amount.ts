// An amount after an ISO currency code: "USD 5 million", "EUR 300,000", "RMB 2bn".
import { DIGITS } from '../numerals.js';
import { nameCurrency, pieces, scaleOf } from '../lexicon.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= new RegExp(String.raw`(?<![\p{L}\p{N}$])(${pieces().code})[^\S\n]?(${DIGITS})(${pieces().scale})?(?![\p{N}]|[.,]\d)`, 'gu'));

export const codeAmountParser: MoneyParser = {
  id: 'money.code-amount',
  find(ctx: MoneyContext): MoneyParse[] {
    const out: MoneyParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      const currency = nameCurrency(m[1]!);
      if (!currency) return;
      const scaleWord = m[3]?.trim();
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: scaleWord ? 'money.code-amount-scale' : 'money.code-amount',
        amount: Number(m[2]!.replace(/,/g, '')) * scaleOf(scaleWord),
        currency,
        scaled: Boolean(scaleWord),
      });
    });
    return out;
  },
};

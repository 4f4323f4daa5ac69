// An amount after an ISO currency code: "USD 5 million", "EUR 300,000", "RMB 2bn",
// "INR 1,50,000"; and the engineering press's scale glued to a code after the amount:
// "50 MUSD", "3.5 MEUR", "200 kSEK".
import { MONEY_DIGITS } from '../numerals.js';
import { currencies, nameCurrency, pieces, scaleOf } from '../lexicon.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= new RegExp(String.raw`(?<![\p{L}\p{N}$])(${pieces().code})[^\S\n]?(${MONEY_DIGITS})(${pieces().scale})?(?![\p{N}]|[.,]\d)`, 'gu'));

let glued: RegExp | undefined;
const gluedPattern = () =>
  (glued ??= new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${MONEY_DIGITS})[^\S\n]?(M|k|K|B)(${pieces().code})(?![\p{L}\p{N}])`, 'gu'));

const GLUED_SCALE: Record<string, number> = { M: 1e6, k: 1e3, K: 1e3, B: 1e9 };

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
    const codes = currencies().codes;
    scan(gluedPattern(), ctx.text, (m) => {
      if (!codes.includes(m[3]!)) return;
      const currency = nameCurrency(m[3]!);
      if (!currency) return;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'money.amount-scaled-code',
        amount: Number(m[1]!.replace(/,/g, '')) * GLUED_SCALE[m[2]!]!,
        currency,
        scaled: true,
      });
    });
    return out;
  },
};

// An amount before its symbol, as much of Europe writes it: "20€", "20 €", "5,50 €" is not
// read (a decimal comma), "3 million €", "250 £"; and "20$" glued. A symbol after an amount
// must not start the next amount ("5 €10" is no amount).
import { MONEY_DIGITS } from '../numerals.js';
import { pieces, scaleOf } from '../lexicon.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

const AFTER: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₴': 'UAH', '$': 'USD' };

let re: RegExp | undefined;
const pattern = () =>
  (re ??= new RegExp(
    String.raw`(?<![\p{L}\p{N}.,$€£¥₹#])(${MONEY_DIGITS})(?:[^\S\n]*(${pieces().scaleWord}))?(?:[^\S\n]?([€£¥₹₦₱฿₩₽₺₴])|(\$))(?![\p{L}\p{N}]|[^\S\n]?\d)`,
    'gu',
  ));

export const amountSymbolParser: MoneyParser = {
  id: 'money.amount-symbol',
  find(ctx: MoneyContext): MoneyParse[] {
    const out: MoneyParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      // a dollar sign after an amount only glued to it ("20$"), else it begins the next one
      if (m[4] && /\s$/.test(m[0].slice(0, -1))) return;
      const currency = AFTER[m[3] ?? m[4]!]!;
      const scaleWord = m[2];
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'money.amount-symbol',
        amount: Number(m[1]!.replace(/,/g, '')) * scaleOf(scaleWord),
        currency,
        scaled: Boolean(scaleWord),
      });
    });
    return out;
  },
};

// An amount after a currency symbol: "$8 billion", "US$40 billion", "$1.2 million",
// "€5m", "£20.1 billion", "GB£20.1 billion", "$2.5bn", "$300,000", "C$10", "Rs 3 crore",
// "$5-7 billion", "$5 to $7 billion", "$249 USD", "$9.99 US dollars"; with the legacy
// rendering of the pound sign, "#13 billion" (only before a scale word).
import { DIGITS } from '../numerals.js';
import { pieces, scaleOf, symbolCurrency } from '../lexicon.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

let re: RegExp | undefined;
function pattern(): RegExp {
  if (re) return re;
  const p = pieces();
  return (re = new RegExp(
    String.raw`(?<![\p{L}\p{N}$€£¥₹#])(?:(${p.symbol})|(${p.legacy}))[^\S\n]?(${DIGITS})` +
      String.raw`(?:[^\S\n]*(?:-|–|to)[^\S\n]*(?:${p.symbol})?[^\S\n]?(${DIGITS}))?` +
      String.raw`(${p.scale})?(?![\p{N}]|[.,]\d)` +
      String.raw`(?:[^\S\n]+(US[^\S\n]+dollars?|U\.S\.[^\S\n]+dollars?|dollars?|USD)(?![\p{L}\p{N}]))?`,
    'gu',
  ));
}

export const symbolAmountParser: MoneyParser = {
  id: 'money.symbol-amount',
  find(ctx: MoneyContext): MoneyParse[] {
    const out: MoneyParse[] = [];
    scan(pattern(), ctx.text, (m) => {
      const legacy = m[2] !== undefined;
      const scaleWord = m[5]?.trim();
      if (legacy && !scaleWord) return; // "#1" is a rank, "#13 billion" a legacy pound sign
      const currency = symbolCurrency(legacy ? m[2]! : m[1]!);
      if (!currency) return;
      // a suffix names the currency only when it agrees with a dollar sign
      if (m[6] && currency !== 'USD') return;
      const scale = scaleOf(scaleWord);
      const low = Number(m[3]!.replace(/,/g, '')) * scale;
      const high = m[4] !== undefined ? Number(m[4].replace(/,/g, '')) * scale : undefined;
      if (high !== undefined && high <= low) return;
      let end = m.index + m[0].length;
      if (m[6] === undefined) end = m.index + m[0].length;
      out.push({
        start: m.index,
        end,
        rule: scaleWord ? (high !== undefined ? 'money.symbol-amount-scale-range' : 'money.symbol-amount-scale') : high !== undefined ? 'money.symbol-amount-range' : 'money.symbol-amount',
        amount: low,
        currency,
        ...(high !== undefined ? { max: high, modifier: 'between' } : {}),
        scaled: Boolean(scaleWord),
      });
    });
    return out;
  },
};

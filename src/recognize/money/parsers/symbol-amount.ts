// An amount after a currency symbol: "$8 billion", "US$40 billion", "$1.2 million",
// "€5m", "£20.1 billion", "GB£20.1 billion", "$2.5bn", "$300,000", "C$10", "Rs 3 crore",
// "₹12 lakh", "Rs 1,50,000", "KSh 2 billion", "RM5bn", "GH₵3m", "Tk 5 crore", "QR10m",
// "$5-7 billion", "$5 to $7 billion", "$249 USD", "$9.99 US dollars"; with the legacy
// rendering of the pound sign, "#13 billion" (only before a scale word). A shared symbol
// ("$", "Rs", "Sh", "Dh", "¥") is the document country's currency when it is of that family
// (country.ts); a letter that is also a plain letter ("R" the rand, "N" the naira) counts
// only in a document of its country, and never before another letter ("R2-D2", "N95").
import { MONEY_DIGITS } from '../numerals.js';
import { currencies, pieces, scaleOf, symbolCurrency } from '../lexicon.js';
import { localCurrency } from '../country.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

let re: RegExp | undefined;
function pattern(): RegExp {
  if (re) return re;
  const p = pieces();
  const D = MONEY_DIGITS;
  return (re = new RegExp(
    String.raw`(?<![\p{L}\p{N}$€£¥₹#])(?:(${p.symbol})|(${p.legacy})|(${p.guarded}))[^\S\n]?(${D})` +
      String.raw`(?:[^\S\n]*(?:-|–|to)[^\S\n]*(?:${p.symbol})?[^\S\n]?(${D}))?` +
      String.raw`(${p.scale})?(?![\p{N}]|[.,]\d)` +
      String.raw`(?:[^\S\n]+(US[^\S\n]+dollars?|U\.S\.[^\S\n]+dollars?|dollars?|USD)(?![\p{L}\p{N}]))?`,
    'gu',
  ));
}

export const symbolAmountParser: MoneyParser = {
  id: 'money.symbol-amount',
  find(ctx: MoneyContext): MoneyParse[] {
    const out: MoneyParse[] = [];
    const c = currencies();
    scan(pattern(), ctx.text, (m) => {
      const legacy = m[2] !== undefined;
      const guarded = m[3];
      const scaleWord = m[6]?.trim();
      if (legacy && !scaleWord) return; // "#1" is a rank, "#13 billion" a legacy pound sign
      const written = (m[1] ?? m[2] ?? m[3])!.replace(/\s+/g, ' ');
      const letters = /^\p{L}/u.test(written);
      const end = m.index + m[0].length;
      // "R2-D2", "N95 masks", "Sh5a": a letter or a hyphen and a letter right after is no amount
      if (letters && /^(?:-?\p{L})/u.test(ctx.text.slice(end, end + 2)) && !m[7]) return;
      if (guarded && c.guarded[guarded] !== ctx.country) return;
      let currency = guarded ? c.guardedCurrency[guarded] : symbolCurrency(written);
      if (!currency) return;
      currency = localCurrency(written, currency, ctx.country, c.generic);
      // a suffix names the currency only when it agrees with a dollar sign
      if (m[7] && currency !== 'USD') return;
      const scale = scaleOf(scaleWord);
      const low = Number(m[4]!.replace(/,/g, '')) * scale;
      const high = m[5] !== undefined ? Number(m[5].replace(/,/g, '')) * scale : undefined;
      if (high !== undefined && high <= low) return;
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

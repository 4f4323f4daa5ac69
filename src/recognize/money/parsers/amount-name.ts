// An amount before a currency name or code: "8 billion dollars", "500 million rubles",
// "5 million euros", "ten dollars", "a billion dollars", "9.9 billion yuan", "26 cents",
// "5 million USD", "two million Canadian dollars", "3 crore rupees", "12 lakh rupees",
// "five hundred naira", "2 billion shillings" (Kenyan, or the document country's). Names that are also
// common words ("won", "pounds", "rand") need a digit amount or a scale word, and "pounds
// of" is a weight.
import { MONEY_DIGITS, articlesRe, numberWordsRe, parseNumeral } from '../numerals.js';
import { currencies, nameCurrency, pieces, scaleOf } from '../lexicon.js';
import { localCurrency } from '../country.js';
import { scan } from '../../date/scan.js';
import type { MoneyContext, MoneyParse, MoneyParser } from '../types.js';

let re: RegExp | undefined;
function pattern(): RegExp {
  if (re) return re;
  const p = pieces();
  return (re = new RegExp(
    String.raw`(?<![\p{L}\p{N}.,$€£#])(${MONEY_DIGITS}|${numberWordsRe()}|${articlesRe()})` +
      String.raw`(?:[^\S\n]*-?[^\S\n]*(${p.scaleWord}|bn|mn|m|b)(?![\p{L}\p{N}]))?[^\S\n]+(${p.name})(?![\p{L}\p{N}])`,
    'giu',
  ));
}

const SINGULAR = /^(?:dollar|US dollar|U\.S\. dollar|euro|pound|ruble|rouble|zloty|hryvnia)$/i;

export const amountNameParser: MoneyParser = {
  id: 'money.amount-name',
  find(ctx: MoneyContext): MoneyParse[] {
    const out: MoneyParse[] = [];
    const c = currencies();
    const text = ctx.text;
    scan(pattern(), text, (m) => {
      const name = m[3]!.replace(/\s+/g, ' ');
      const lower = name.toLowerCase();
      // codes must be written in capitals; names in lower case or capitalized
      if (/^[A-Z]{3}$/i.test(name) && c.codes.includes(name.toUpperCase()) && name !== name.toUpperCase()) return;
      if (/^[A-Z]{3}$/.test(name) && !c.codes.includes(name)) return;
      const digits = /^\d/.test(m[1]!);
      const scaleWord = m[2];
      const number = parseNumeral(m[1]!);
      if (number === undefined) return;
      if (c.ambiguousNames.includes(lower) && !scaleWord && !digits) return;
      if ((lower === 'pounds' || lower === 'pound') && !scaleWord) return; // "20 pounds": a weight
      if (/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && /pound/.test(lower)) return;
      if (SINGULAR.test(name) && !scaleWord) return; // "a dollar" store, "one euro coin"
      let currency = nameCurrency(name);
      if (!currency) return;
      // "pesos" in a Manila report: the country's own; "dinars" has no default
      const local = localCurrency(lower, currency, ctx.country, c.generic);
      if (c.needsCountry.includes(lower) && local === currency && !ctx.country) return;
      currency = local;
      const sub = c.subunitValue[lower];
      let amount = number * scaleOf(scaleWord);
      if (sub !== undefined) {
        if (scaleWord) return;
        amount *= sub;
      }
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: sub !== undefined ? 'money.amount-subunit' : scaleWord ? 'money.amount-scale-name' : 'money.amount-name',
        amount,
        currency,
        scaled: Boolean(scaleWord),
      });
    });
    return out;
  },
};

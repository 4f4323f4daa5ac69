// How often: "annual", "annually", "yearly", "weekly", "monthly", "quarterly", "daily",
// "each week", "every year", "every two years", "every other month" (TIMEX3 SET values
// P1Y, P1W, P2Y...). Lower case only: "Daily Mail", "The Weekly Standard" are names.
import { WORD_AFTER, WORD_BEFORE, compile } from '../lexicon.js';
import { numberWordsRe, parseNumeral } from '../../money/numerals.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const ADVERB: Record<string, string> = {
  annual: 'P1Y', annually: 'P1Y', yearly: 'P1Y', biennial: 'P2Y', weekly: 'P1W', biweekly: 'P2W',
  monthly: 'P1M', quarterly: 'P3M', daily: 'P1D', nightly: 'P1D',
};
const LETTER: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y', quarter: 'M' };
const SIZE: Record<string, number> = { decade: 10, quarter: 3 };

let res: { adverb: RegExp; every: RegExp } | undefined;
function patterns() {
  return (res ??= {
    adverb: compile(`${WORD_BEFORE}(${Object.keys(ADVERB).join('|')})${WORD_AFTER}`, 'gu'),
    every: compile(
      `${WORD_BEFORE}(?:[Ee]ach|[Ee]very)\\s+(?:(other)\\s+|(${numberWordsRe()}|\\d{1,2})\\s+)?(day|week|month|year|decade|quarter)(s)?${WORD_AFTER}`,
      'gu',
    ),
  });
}

export const frequencyParser: DateParser = {
  id: 'date.frequency',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const { adverb, every } = patterns();
    scan(adverb, ctx.text, (m) => {
      // "the Moscow daily Kommersant", "the weekly Zorvan Times": a newspaper before its name
      if (/^(?:daily|weekly|monthly)$/.test(m[1]!) && /^ \p{Lu}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.frequency', stated: { type: 'value', value: ADVERB[m[1]!]! } });
    });
    scan(every, ctx.text, (m) => {
      // "their every day lives": the adjective "everyday", split
      if (/^\s+(?:lives?|life|people|items?|objects?|things?|use|routines?|tasks?|language)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
      const n = m[1] ? 2 : m[2] ? parseNumeral(m[2]) : 1;
      // "every two years" needs the plural, "every year" the singular
      if (n === undefined || !Number.isInteger(n) || (n > 1 && !m[1]) !== Boolean(m[4])) return;
      const unit = m[3]!;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.frequency', stated: { type: 'value', value: `P${n * (SIZE[unit] ?? 1)}${LETTER[unit]}` } });
    });
    return out;
  },
};

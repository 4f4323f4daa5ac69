// "the same period last year", "the same month a year ago", "the same quarter a year
// earlier", "the same period of the previous year", "the same time last year": the period
// named before, a year back (its value comes from refiners/same-period.ts).
import { WORD_AFTER, WORD_BEFORE, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const RE = compile(
  `${WORD_BEFORE}the\\s+same\\s+(?:period|month|quarter|week|weekend|day|time|season|months|weeks|quarters)\\s+` +
    `(?:(?:of\\s+)?(?:last|the\\s+(?:last|previous|prior))\\s+year|(?:one|a)\\s+year\\s+(?:ago|earlier|before|previously)|(?:of\\s+)?(?:next|the\\s+following)\\s+year|(?:one|a)\\s+year\\s+(?:later|on))` +
    WORD_AFTER,
  'giu',
);

export const samePeriodParser: DateParser = {
  id: 'date.same-period',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(RE, ctx.text, (m) => {
      const ahead = /\b(?:next|following|later|on)\b\s*$/i.test(m[0]);
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.same-period', stated: { type: 'same-period', yearOffset: ahead ? 1 : -1 } });
    });
    return out;
  },
};

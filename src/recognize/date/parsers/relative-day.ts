// "today", "yesterday", "tomorrow", "earlier today", "later today", "the day before
// yesterday", "Today's" (the date is "Today"). Not the newspaper "USA Today".
import { WORD_AFTER, WORD_BEFORE, compile } from '../lexicon.js';
import { scan, wordBefore } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const RE = compile(
  `${WORD_BEFORE}(?:((?:[Ee]arlier|[Ll]ater)\\s+)|([Tt]he\\s+day\\s+(?:before|after)\\s+))?([Tt]oday|TODAY|[Yy]esterday|YESTERDAY|[Tt]omorrow|TOMORROW)${WORD_AFTER}`,
  'gu',
);
const OFFSET: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

export const relativeDayParser: DateParser = {
  id: 'date.relative-day',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(RE, ctx.text, (m) => {
      const word = m[3]!.toLowerCase();
      if (word === 'today' && /^(?:USA|Europe|Russia|India)$/.test(wordBefore(ctx.text, m.index))) return;
      let offset = OFFSET[word]!;
      if (m[2]) {
        const before = /before/i.test(m[2]);
        if (word === 'today') return;
        if (before !== (word === 'yesterday')) return; // "the day after yesterday" is today: rare, skip
        offset += before ? -1 : 1;
      }
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: m[1] ? 'date.part-of-today' : 'date.relative-day',
        stated: { type: 'relative', unit: 'day', offset },
      });
    });
    return out;
  },
};

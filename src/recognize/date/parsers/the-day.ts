// A day named by reference to an earlier one: "the same day", "ended the day at 8,017",
// "later in the day", "the start of the day". Its value is the last day named before it
// (see refiners/anaphora.ts), else the document date.
import { WORD_AFTER, WORD_BEFORE, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const RE = compile(`${WORD_BEFORE}(?:((?:the\\s+)?(?:start|end|beginning|close|rest)\\s+of\\s+the\\s+day)|(the\\s+same\\s+day)|(the\\s+day))${WORD_AFTER}`, 'giu');
/** Verbs and prepositions after which "the day" is a date: "to end the day", "for the day". */
const TRIGGER = /(?:^|[^\p{L}])(?:end|ends|ended|ending|finish|finished|finishes|finishing|close|closed|closes|closing|start|started|starts|starting|open|opened|opening|for|in)[^\S\n]+$/iu;

export const theDayParser: DateParser = {
  id: 'date.the-day',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    scan(RE, ctx.text, (m) => {
      if (m[3] && !TRIGGER.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return;
      if (m[3] && /^[^\S\n]+(?:of|before|after|when|that|on)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.the-day', stated: { type: 'anaphor' } });
    });
    return out;
  },
};

// Fixed-date holidays: "Christmas", "New Year's Day", "Independence Day" (the year from the
// document date and the tense, like "Feb. 13").
import { alternation } from '../../money/numerals.js';
import { WORD_AFTER, holidays, compile } from '../lexicon.js';
import { atSentenceStart, isCapitalized, scan, wordBefore, wordBeforeStart } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

let re: RegExp | undefined;
// no leading look-behind: it keeps the engine from skipping ahead to a first letter; the
// word edge before is checked in code
const pattern = () => (re ??= compile(`(${alternation(Object.keys(holidays()))})${WORD_AFTER}`, 'gu'));

export const holidayParser: DateParser = {
  id: 'date.holiday',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const table = holidays();
    scan(pattern(), ctx.text, (m) => {
      const key = Object.keys(table).find((k) => k.replace(/\s+/g, ' ') === m[1]!.replace(/\s+/g, ' '));
      if (!key || (m.index > 0 && /[\p{L}\p{N}]/u.test(ctx.text[m.index - 1]!))) return;
      // "Johnnie Christmas": a surname
      const prev = wordBefore(ctx.text, m.index);
      if (prev && isCapitalized(prev) && !atSentenceStart(ctx.text, wordBeforeStart(ctx.text, m.index)) && /\p{L} $/u.test(ctx.text.slice(m.index - 2, m.index))) return;
      const [month, day] = table[key]!;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.holiday', stated: { type: 'partial', month, day } });
    });
    return out;
  },
};

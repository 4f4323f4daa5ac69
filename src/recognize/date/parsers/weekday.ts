// "Wednesday", "On Wednesday" (the date is "Wednesday"), "last Tuesday", "next Friday",
// "this past Sunday", "a Tuesday appearance", "Monday's email". Not "Black Monday" nor the
// plural "Mondays".
import { WEEKDAY, WORD_BEFORE, weekdayIndex, compile } from '../lexicon.js';
import { lexicon } from '../../../lexicon/registry.js';
import { scan, wordBefore } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= compile(
    `${WORD_BEFORE}(?:((?:[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past|\\s+coming)?|[Pp]ast|[Cc]oming)\\s+))?(${WEEKDAY()})(?![\\p{L}\\p{N}])`,
    'gu',
  ));

export const weekdayParser: DateParser = {
  id: 'date.weekday',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const named = lexicon('namedDays');
    scan(pattern(), ctx.text, (m) => {
      const token = m[2]!;
      const tokenStart = m.index + m[0].length - token.length;
      if (!m[1] && named.has(wordBefore(ctx.text, tokenStart).toLowerCase())) return;
      let mod: string | undefined = m[1]?.trim().toLowerCase().replace(/\s+/g, ' ');
      let start = m.index;
      if (mod && /^the$/i.test(wordBefore(ctx.text, m.index))) {
        // "the next Tuesday" (after another day): the weekday alone, its direction from the tense
        mod = undefined;
        start = tokenStart;
      }
      const shift =
        mod === 'last' || mod === 'past' || mod === 'this past'
          ? 'last'
          : mod === 'next' || mod === 'coming' || mod === 'this coming'
            ? 'next'
            : mod === 'this'
              ? 'this'
              : undefined;
      out.push({
        start,
        end: m.index + m[0].length,
        rule: shift ? 'date.shifted-weekday' : 'date.weekday',
        stated: { type: 'partial', weekday: weekdayIndex(token)!, ...(shift ? { shift } : {}) },
      });
    });
    return out;
  },
};

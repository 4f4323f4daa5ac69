// Quarters and halves: "the third quarter" (2013-Q3), "the first quarter of 2009", "the
// fourth quarter of last year", "the last quarter", "third-quarter results", "Q3 2013",
// "the first half of 2013".
import { YEAR, WORD_AFTER, WORD_BEFORE, ordinals, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

const OF_YEAR = `\\s+of\\s+(?:(${YEAR})|fiscal\\s+(?:year\\s+)?(${YEAR})|(this|last|next|the\\s+(?:current|previous|next|same|following|past))\\s+year|(the\\s+year))`;
const RE = compile(
  WORD_BEFORE +
    '(?:' +
    // 1 ordinal, 2-5 year
    `(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th|current|next|previous|past)\\s+(?:fiscal\\s+|calendar\\s+)?(?:quarter|qtr\\.?)(?:${OF_YEAR})?` +
    // 6 adjectival "third-quarter"
    `|(first|second|third|fourth|1st|2nd|3rd|4th)-quarter` +
    // 7, 8: "Q3 2013", "Q3"
    `|Q([1-4])(?:\\s+(${YEAR}))?` +
    // 9 half, 10-13 year: only with a year ("the first half" of a match is not a date)
    `|(?:the\\s+)?(first|second|1st|2nd)\\s+half${OF_YEAR}` +
    ')' +
    WORD_AFTER,
  'giu',
);

/** What every form needs, with the same flags: a text without it is not scanned (most news names no quarter). */
const MAY_NAME = /quarter|qtr|q[1-4]|half/iu;

interface YearRef {
  value?: string;
  yearOffset?: number;
}

/** The year a quarter or half names: stated ("of 2009"), relative ("of last year"), or none. */
function yearPart(y?: string, fy?: string, rel?: string, theYear?: string): YearRef | undefined {
  if (y || fy) return { value: y ?? fy };
  if (rel) {
    const r = rel.toLowerCase();
    return { yearOffset: /last|previous|past/.test(r) ? -1 : /next|following/.test(r) ? 1 : 0 };
  }
  if (theYear) return { yearOffset: 0 };
  return undefined;
}

export const quarterParser: DateParser = {
  id: 'date.quarter',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    if (!MAY_NAME.test(ctx.text)) return out;
    const ord = ordinals();
    scan(RE, ctx.text, (m) => {
      const push = (stated: Stated, rule: string) => out.push({ start: m.index, end: m.index + m[0].length, rule, stated });
      if (m[1]) {
        const w = m[1].toLowerCase();
        const y = yearPart(m[2], m[3], m[4], m[5]);
        let q = ord.quarters[w] ?? (w === 'final' ? 4 : undefined);
        if (w === 'last' && y) q = 4;
        if (q === undefined) {
          if (y) return; // "the next quarter of 2013": not a phrase we read
          const off = w === 'current' ? 0 : w === 'next' ? 1 : -1;
          return push({ type: 'relative', unit: 'quarter', offset: off }, 'date.relative-quarter');
        }
        if (y?.value) return push({ type: 'value', value: `${y.value}-Q${q}` }, 'date.quarter-of-year');
        if (y) return push({ type: 'partial', quarter: q, yearOffset: y.yearOffset! }, 'date.quarter-of-year');
        return push({ type: 'partial', quarter: q }, 'date.quarter');
      }
      if (m[6]) return push({ type: 'partial', quarter: ord.quarters[m[6].toLowerCase()]! }, 'date.quarter-adjective');
      if (m[7]) {
        if (!/^Q/.test(m[0])) return; // "q3" in lower case is not a quarter
        if (m[8]) return push({ type: 'value', value: `${m[8]}-Q${m[7]}` }, 'date.quarter-of-year');
        return push({ type: 'partial', quarter: +m[7] }, 'date.quarter');
      }
      if (m[9]) {
        const h = ord.halves[m[9].toLowerCase()]!;
        const y = yearPart(m[10], m[11], m[12], m[13]);
        if (!y) return;
        if (y.value) return push({ type: 'value', value: `${y.value}-H${h}` }, 'date.half-of-year');
        return push({ type: 'partial', half: h, yearOffset: y.yearOffset! }, 'date.half-of-year');
      }
    });
    return out;
  },
};

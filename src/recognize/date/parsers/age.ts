// Ages: "61 years old", "a 45-year-old" (the mention is "45-year-old"), "six-month-old",
// "two weeks old". An age is a stretch of time, typed DATE like the other durations (as
// OntoNotes types ages; TimeML marks the same words a DURATION): value P61Y, P6M.
import { DIGITS, numberWordsRe, parseNumeral } from '../../money/numerals.js';
import { compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const LETTER: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

let res: { spaced: RegExp; hyphened: RegExp; unitOld: RegExp } | undefined;
function patterns() {
  if (res) return res;
  const num = `${DIGITS}|${numberWordsRe()}`;
  return (res = {
    // what both need, with their flags: a text without it is not scanned (most have no age,
    // and each scan reads the whole text from every number word's position)
    unitOld: compile(String.raw`(?:year|month|week|day)s?(?:\s+|-)old`, 'iu'),
    spaced: compile(String.raw`(?<![\p{L}\p{N}.,$€£#-])(${num})\s+(year|month|week|day)s?\s+old(?![\p{L}\p{N}])`, 'giu'),
    hyphened: compile(String.raw`(?<![\p{L}\p{N}.,$€£#-])(${num})(?:-|\s)(year|month|week|day)s?-old(?:s)?(?![\p{L}\p{N}])`, 'giu'),
  });
}

export const ageParser: DateParser = {
  id: 'date.age',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const { spaced, hyphened, unitOld } = patterns();
    if (!unitOld.test(ctx.text)) return out;
    for (const re of [spaced, hyphened]) {
      scan(re, ctx.text, (m) => {
        const n = parseNumeral(m[1]!);
        if (n === undefined || n <= 0 || n > 150) return;
        out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.age', stated: { type: 'value', value: `P${n}${LETTER[m[2]!.toLowerCase()]}` } });
      });
    }
    return out;
  },
};

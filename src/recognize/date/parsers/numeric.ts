// Dates written in digits: ISO "2013-01-30" (also unpadded "2019-3-7", and "2019/3/7"),
// the American "1/30/2013", "7/8/07", "11-04-81"; the European "4.11.1981"; "17/Mar/1981",
// "17-Mar-1981"; a month "2019/10" (not the season "2009/10"); "3/17" without a year
// after a time preposition ("on 3/17", "by 12/1") or alone on its line.
import { MONTH_BEFORE_DAY, monthIndex, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import { isValidDay } from '../timex.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const Y4 = String.raw`(?:1[6-9]|20)\d\d`;
const ISO = new RegExp(String.raw`(?<![\w/.-])(${Y4})([-/])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)`, 'g');
const US = /(?<![\w/.,-])(\d{1,2})\/(\d{1,2})\/((?:1[6-9]|20)\d\d|\d\d)(?![\w/]|\.\d)/g;
const US_DASH = /(?<![\w/.,-])(\d\d)-(\d\d)-((?:1[6-9]|20)\d\d|\d\d)(?![\w/-]|\.\d)/g;
const EU_DOT = new RegExp(String.raw`(?<![\w/.,-])(\d{1,2})\.(\d{1,2})\.(${Y4})(?![\w/.-]|\.\d)`, 'g');
const YEAR_MONTH = new RegExp(String.raw`(?<![\w/.,-])(${Y4})\/(\d\d?)(?![\w/-]|[.,]\d)`, 'g');
const PREP = String.raw`(?:[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]ue|[Tt]hrough|[Ss]tarting|[Oo]n)`;
const MONTH_DAY = new RegExp(String.raw`(?:(?<=(?:^|[^\p{L}])${PREP}[ \t]+)|(?<=^[ \t]*))(\d{1,2})\/(\d{1,2})(?=[ \t]*(?:$|[,.;:!?)]))`, 'gmu');

let named: RegExp | undefined;
const NAMED = () =>
  (named ??= compile(`(?<![\\w/.,-])(\\d{1,2})([/-])(${MONTH_BEFORE_DAY()})\\2(${Y4})(?![\\w/-]|\\.\\d)`, 'gu'));

const pad = (n: number) => String(n).padStart(2, '0');

function fullYear(y: string, date: string | null): number {
  if (y.length === 4) return +y;
  const ref = date ? +date.slice(0, 4) : 2000;
  let n = 2000 + +y;
  if (n > ref + 10) n -= 100;
  return n;
}

export const numericDateParser: DateParser = {
  id: 'date.numeric',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const day = (m: RegExpExecArray, y: number, mo: number, d: number, rule: string) => {
      if (!isValidDay(y, mo, d)) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule, stated: { type: 'value', value: `${y}-${pad(mo)}-${pad(d)}` } });
    };
    // (the expressions that need a slash only in a text that has one: most news has none,
    // and each scan reads the whole text)
    const slash = ctx.text.includes('/');
    scan(ISO, ctx.text, (m) => day(m, +m[1]!, +m[3]!, +m[4]!, 'date.iso'));
    if (slash) scan(US, ctx.text, (m) => day(m, fullYear(m[3]!, ctx.date), +m[1]!, +m[2]!, 'date.month-day-year-numeric'));
    scan(US_DASH, ctx.text, (m) => day(m, fullYear(m[3]!, ctx.date), +m[1]!, +m[2]!, 'date.month-day-year-numeric'));
    scan(EU_DOT, ctx.text, (m) => day(m, +m[3]!, +m[2]!, +m[1]!, 'date.day-month-year-numeric'));
    scan(NAMED(), ctx.text, (m) => day(m, +m[4]!, monthIndex(m[3]!)!, +m[1]!, 'date.day-month-year-numeric'));
    if (slash) scan(YEAR_MONTH, ctx.text, (m) => {
      const [y, mo] = [+m[1]!, +m[2]!];
      // "2009/10" is a season or a fiscal year running into the next
      if (mo < 1 || mo > 12 || mo === (y + 1) % 100) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.year-month-numeric', stated: { type: 'value', value: `${y}-${pad(mo)}` } });
    });
    if (slash) scan(MONTH_DAY, ctx.text, (m) => {
      const [mo, d] = [+m[1]!, +m[2]!];
      if (!isValidDay(2000, mo, d)) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.month-day-numeric', stated: { type: 'partial', month: mo, day: d } });
    });
    return out;
  },
};

// Years, where the context makes a four-digit number a year: "in 1992", "since 2001", "the
// 2010 signing", "1992's", "WWDC 2005", "mid-2011", "the end of 2009", ranges "2001-2005",
// "2001-05"; two-digit years after a year preposition ("since '82"); fiscal years
// ("fiscal 2014", "FY2014", "the 2014 fiscal year"), "a 1984 law". Not "2000 troops",
// "1,200", "$2013", "a 2000 word essay", "1984 Main Street".
import { YEAR, compile } from '../lexicon.js';
import { lexicon } from '../../../lexicon/registry.js';
import { atSentenceStart, isCapitalized, scan, wordAfter, wordBefore, wordBeforeStart } from '../scan.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}$€£¥#.,/:'’-])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}%$€£]|[.,]\d|[-–]\p{L}|\/\d)`;

const YEAR_RE = compile(
  EDGE_BEFORE +
    `(?:((?:[Ee]arly|[Mm]id|[Ll]ate)[- ])|((?:[Tt]he\\s+)?(?:end|beginning|start|middle|close)\\s+of\\s+))?` +
    `(${YEAR})(?:([-–])(${YEAR}|\\d\\d)(?!\\d))?(?=(['’]s)?)` +
    EDGE_AFTER,
  'gu',
);
const SHORT_RE = /(?<![\p{L}\p{N}])['’](\d\d)(?![\p{L}\p{N}'’])/gu;
const FISCAL_RE = compile(
  String.raw`(?<![\p{L}\p{N}])(?:(?:[Ff]iscal|FISCAL)(?:\s+[Yy]ear)?\s+(${YEAR})|FY\s?-?((?:19|20)?\d\d)|(${YEAR})\s+fiscal\s+year)(?![\p{L}\p{N}])`,
  'gu',
);

/** Time prepositions after which a year is a year even before a plural noun ("in 2000 troops were..."). */
/** Plural nouns a year often modifies ("the 2010 elections", "2000 levels"). */
const YEAR_NOUNS = /^(?:levels|elections|games|olympics|polls|protests|talks|figures|results|sales|prices|rates|riots|attacks|negotiations|accords|agreements|standards|budgets|floods|earnings|numbers|estimates|data|campaigns|events|midterms|primaries|sanctions|reforms|amendments)$/;

/** A street after a number: "1984 Main Street", "2010 N. Elm Ave.": an address, no year. */
const STREET = /^[ \t]+(?:\p{Lu}[\p{L}.'’]*[ \t]+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Highway|Hwy\.?|Parkway|Pkwy\.?|Terrace|Square|Sq\.?)(?![\p{L}])/u;

/**
 * Nouns of measure after "a" and a number: "a 2000 word essay", "a 1600 ton ship" count;
 * any other singular noun makes the number a year ("a 1984 law", "an 1850 map").
 */
const MEASURE = /^(?:word|page|ton|tonne|pound|foot|square|seat|bed|room|mile|metre|meter|kilometre|kilometer|acre|hectare|yard|horsepower|calorie|point|piece|unit|man|member|strong|volt|watt|megawatt|barrel|gallon|litre|liter|dollar|euro|rupee|year|day|hour|minute|mile|km|kg|cc|hp|mph|rpm|percent|per|plus|or|and|to)$/;

/** A plural count noun after a number: "troops", "schoolchildren", "people". */
const PLURAL = /^(?:[a-z]+s|[a-z]*(?:children|people|men|women|personnel|staff|police|cattle))$/;

function fullYear(two: string, date: string | null): number {
  const ref = date ? +date.slice(0, 4) : 2000;
  let y = 2000 + +two;
  if (y > ref + 10) y -= 100;
  return y;
}

export const yearParser: DateParser = {
  id: 'date.year',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const text = ctx.text;
    const context = lexicon('yearContext');
    scan(YEAR_RE, text, (m) => {
      const year = m[3]!;
      const prefixed = Boolean(m[1] || m[2]);
      let stated: Stated = { type: 'value', value: year };
      let rule = prefixed ? 'date.part-of-year' : 'date.year';
      if (m[5]) {
        const end = m[5].length === 2 ? year.slice(0, 2) + m[5] : m[5];
        if (+end <= +year) return; // "1990-85" is not a range; "2013-05" may be a month
        stated = { type: 'range', from: stated, to: { type: 'value', value: end } };
        rule = 'date.year-range';
      } else if (!prefixed && !m[6]) {
        const yearStart = m.index;
        const yearEnd = m.index + m[0].length;
        const before = wordBefore(text, yearStart);
        const after = wordAfter(text, yearEnd);
        const lower = before.toLowerCase();
        let ok = context.has(lower);
        // a name before it: "World Cup 2018", "WWDC 2005"
        if (!ok && before && isCapitalized(before) && /\p{L}[ \t]$/u.test(text.slice(yearStart - 2, yearStart)) && !atSentenceStart(text, wordBeforeStart(text, yearStart)))
          ok = !(after && isCapitalized(after) && /^[ \t]\p{Lu}/u.test(text.slice(yearEnd, yearEnd + 2))); // "Russell 2000 Index" is a name
        // a spaced range "2000 - 2050": both ends are years
        if (!ok && (/^[ \t]*[-–][ \t]*(?:1[6-9]|20)\d\d(?!\d)/.test(text.slice(yearEnd, yearEnd + 12)) || /(?:1[6-9]|20)\d\d[ \t]*[-–][ \t]*$/.test(text.slice(Math.max(0, yearStart - 12), yearStart))))
          ok = true;
        // "2010, the year ..." at the start of a sentence
        if (!ok && atSentenceStart(text, yearStart) && /^[,:]/.test(text.slice(yearEnd, yearEnd + 1))) ok = true;
        // "a 1984 law", "an 1850 map": an article and a singular noun make it a year
        if (!ok && /^an?$/i.test(before) && /^[a-z]+$/.test(after) && !after.endsWith('s') && !MEASURE.test(after) && /^[ \t]/.test(text.slice(yearEnd, yearEnd + 1))) ok = true;
        if (!ok) return;
        if (STREET.test(text.slice(yearEnd, yearEnd + 48))) return;
        // "of 2000 troops": a count before a plural noun, unless a time preposition leads
        if (after && PLURAL.test(after) && !YEAR_NOUNS.test(after) && !lexicon('yearPrepositions').has(lower) && /^[ \t]/.test(text.slice(yearEnd, yearEnd + 1)))
          return;
      }
      out.push({ start: m.index, end: m.index + m[0].length, rule, stated });
    });
    scan(SHORT_RE, text, (m) => {
      const before = wordBefore(text, m.index).toLowerCase();
      if (!lexicon('yearPrepositions').has(before) && before !== 'of' && before !== 'from' && before !== 'to') return;
      if (/^\s*s\b/.test(text.slice(m.index + 3, m.index + 5))) return;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date.short-year',
        stated: { type: 'value', value: String(fullYear(m[1]!, ctx.date)) },
      });
    });
    scan(FISCAL_RE, text, (m) => {
      const y = m[1] ?? m[3] ?? (m[2]!.length === 2 ? String(fullYear(m[2]!, ctx.date)) : m[2]!);
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.fiscal-year', stated: { type: 'value', value: `FY${y}` } });
    });
    return out;
  },
};

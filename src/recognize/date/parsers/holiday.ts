// Holidays, fixed and movable: "Christmas", "New Year's Day", "Independence Day",
// "Thanksgiving", "Easter 2014", "last Easter", "Ramadan", "Eid al-Fitr", "Chinese New
// Year", "Diwali" (data/holidays.json; the days of the movable ones from holidays.ts). The
// year is stated, shifted ("next Christmas") or comes from the document date and the tense,
// like "Feb. 13". Lower-case names count too ("thanksgiving"), but for those that are also
// common words.
import { alternation } from '../../money/numerals.js';
import { WORD_AFTER, YEAR, compile } from '../lexicon.js';
import { holidayData } from '../holidays.js';
import { atSentenceStart, isCapitalized, scan, wordBefore, wordBeforeStart } from '../scan.js';
import type { DateContext, DateParse, DateParser, Stated } from '../types.js';

let built: { re: RegExp; key: Map<string, string> } | undefined;
function pattern() {
  if (built) return built;
  const d = holidayData();
  const key = new Map<string, string>();
  const lowerDenied = new Set(d.notLowerCase);
  for (const name of [...Object.keys(d.fixed), ...Object.keys(d.computed)]) {
    key.set(name, name);
    key.set(name.replace(/’/g, "'"), name);
    if (!lowerDenied.has(name)) key.set(name.toLowerCase(), name);
  }
  // no leading look-behind: it keeps the engine from skipping ahead to a first letter; the
  // word edge before is checked in code
  const re = compile(`(?:((?:[Ll]ast|[Nn]ext|[Tt]his)\\s+))?(${alternation(key.keys())})${WORD_AFTER}(?:,?\\s+(${YEAR})(?![\\p{L}\\p{N}]|[.,]\\d))?`, 'gu');
  return (built = { re, key });
}

export const holidayParser: DateParser = {
  id: 'date.holiday',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const d = holidayData();
    const { re, key } = pattern();
    scan(re, ctx.text, (m) => {
      const name = key.get(m[2]!.replace(/\s+/g, ' '));
      if (!name || (m.index > 0 && /[\p{L}\p{N}]/u.test(ctx.text[m.index - 1]!))) return;
      // "Johnnie Christmas": a surname
      const prev = wordBefore(ctx.text, m.index);
      if (!m[1] && prev && isCapitalized(prev) && !atSentenceStart(ctx.text, wordBeforeStart(ctx.text, m.index)) && /\p{L} $/u.test(ctx.text.slice(m.index - 2, m.index))) return;
      const shift = m[1] ? (m[1].trim().toLowerCase() as 'last' | 'next' | 'this') : undefined;
      const year = m[3] ? +m[3] : undefined;
      let stated: Stated;
      const fixed = d.fixed[name];
      if (fixed) {
        const [month, day] = fixed;
        stated =
          year !== undefined
            ? { type: 'value', value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
            : { type: 'partial', month, day, ...(shift ? { shift } : {}) };
      } else stated = { type: 'holiday', name, ...(year !== undefined ? { year } : {}), ...(shift ? { shift } : {}) };
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.holiday', stated });
    });
    return out;
  },
};

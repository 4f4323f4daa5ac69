// A day of the month by its ordinal alone: "on the 9th", "by the 22nd.", "Friday the 22nd"
// (the month is the document's, or the one before or after, as the tense points). Not
// "the 9th floor", "the 5th Fleet": the ordinal must end the phrase. And a day by its
// ordinal word: "the first of March".
import { MONTH_BEFORE_DAY, WEEKDAY, WORD_AFTER, WORD_BEFORE, YEAR, monthIndex, ordinals, weekdayIndex, compile } from '../lexicon.js';
import { alternation } from '../../money/numerals.js';
import { isValidDay } from '../timex.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const ORD = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
/** what may follow the ordinal: the end of the phrase */
const END = String.raw`(?=\s*(?:$|[,.;:!?)\n]|\s(?:at|and|or|to|until|when|before|after|in|for)\b))`;

let res: { weekday: RegExp; bare: RegExp; words: RegExp; theOrdinal: RegExp } | undefined;
function patterns() {
  return (res ??= {
    // "the first of March", "the twenty-third of May 2014"
    words: compile(`${WORD_BEFORE}the\\s+(${alternation(Object.keys(ordinals().days))})\\s+of\\s+(${MONTH_BEFORE_DAY()})(?:,?\\s+(${YEAR}))?${WORD_AFTER}`, 'giu'),
    weekday: compile(`${WORD_BEFORE}(${WEEKDAY()}),?\\s+the\\s+${ORD}${END}`, 'gu'),
    // what every match of weekday and bare holds, with their flags: a text without it is not
    // scanned by them (most news writes no "the 9th")
    theOrdinal: compile(`[Tt]he\\s+${ORD}`, 'u'),
    bare: compile(`(?:^|(?<=(?:^|[^\\p{L}])(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]tarting|[Tt]hrough)\\s+))[Tt]he\\s+${ORD}${END}`, 'gmu'),
  });
}

export const ordinalDayParser: DateParser = {
  id: 'date.ordinal-day',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const { weekday, bare, words, theOrdinal } = patterns();
    scan(words, ctx.text, (m) => {
      const day = ordinals().days[m[1]!.toLowerCase()];
      const month = monthIndex(m[2]!);
      if (day === undefined || month === undefined || !isValidDay(m[3] ? +m[3] : 2000, month, day)) return;
      const pad = (n: number) => String(n).padStart(2, '0');
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date.ordinal-word-day',
        stated: m[3] ? { type: 'value', value: `${m[3]}-${pad(month)}-${pad(day)}` } : { type: 'partial', month, day },
      });
    });
    if (!theOrdinal.test(ctx.text)) return out;
    scan(weekday, ctx.text, (m) => {
      const day = +m[2]!;
      if (day < 1 || day > 31) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.weekday-ordinal', stated: { type: 'partial', weekday: weekdayIndex(m[1]!)!, day } });
    });
    scan(bare, ctx.text, (m) => {
      const day = +m[1]!;
      if (day < 1 || day > 31) return;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.ordinal-day', stated: { type: 'partial', day } });
    });
    return out;
  },
};

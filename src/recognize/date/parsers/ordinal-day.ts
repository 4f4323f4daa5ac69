// A day of the month by its ordinal alone: "on the 9th", "by the 22nd.", "Friday the 22nd"
// (the month is the document's, or the one before or after, as the tense points). Not
// "the 9th floor", "the 5th Fleet": the ordinal must end the phrase.
import { WEEKDAY, WORD_BEFORE, weekdayIndex, compile } from '../lexicon.js';
import { scan } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const ORD = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
/** what may follow the ordinal: the end of the phrase */
const END = String.raw`(?=\s*(?:$|[,.;:!?)\n]|\s(?:at|and|or|to|until|when|before|after|in|for)\b))`;

let res: { weekday: RegExp; bare: RegExp } | undefined;
function patterns() {
  return (res ??= {
    weekday: compile(`${WORD_BEFORE}(${WEEKDAY()}),?\\s+the\\s+${ORD}${END}`, 'gu'),
    bare: compile(`(?:^|(?<=(?:^|[^\\p{L}])(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]tarting|[Tt]hrough)\\s+))[Tt]he\\s+${ORD}${END}`, 'gmu'),
  });
}

export const ordinalDayParser: DateParser = {
  id: 'date.ordinal-day',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const { weekday, bare } = patterns();
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

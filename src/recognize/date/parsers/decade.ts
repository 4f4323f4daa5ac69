// Decades and centuries: "the 1990s" (the date is "1990s", value 199), "the '80s", "70s",
// "the mid-1990s", "the sixties", "the 20th century" (19). Not ages ("in his 70s") and not
// compounds ("1990s-era").
import { WORD_AFTER, ordinals, compile } from '../lexicon.js';
import { scan, wordBefore } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const DIGITS_RE = /(?<![\p{L}\p{N}$€£#.,'’-])((?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:(1[5-9]\d|20\d)0|['’]?(\d)0)['’]?s(?![\p{L}\p{N}'’-])/gu;
/** What every match of DIGITS_RE holds, with its flags: a text without it is not scanned (most news names no decade). */
const DECADE_END = /0['’]?s/u;
let wordsRe: RegExp | undefined;
const words = () =>
  (wordsRe ??= compile(
    `(?<![\\p{L}\\p{N}])[Tt]he\\s+((?:early|mid|late)[- ])?(?:(?:nineteen|Nineteen)[- ]?)?(${Object.keys(ordinals().decadeWords).join('|')})${WORD_AFTER}` +
      `|(?<![\\p{L}\\p{N}])[Tt]he\\s+(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ordinals().centuries).join('|')}))[- ]century${WORD_AFTER}`,
    'giu',
  ));

const AGE = /^(?:his|her|their|my|your|our|its)$/i;

export const decadeParser: DateParser = {
  id: 'date.decade',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const text = ctx.text;
    if (DECADE_END.test(text)) scan(DIGITS_RE, text, (m) => {
      // "in his 70s", "in her early 50s": an age
      if (AGE.test(wordBefore(text, m.index))) return;
      let decade: string;
      if (m[2]) decade = m[2];
      else {
        const d = +m[3]!;
        const ref = ctx.date ? +ctx.date.slice(0, 4) : 2000;
        decade = d <= 1 && 2000 + d * 10 <= ref ? `20${d}` : `19${d}`;
      }
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.decade', stated: { type: 'value', value: decade } });
    });
    scan(words(), text, (m) => {
      if (m[2]) {
        const d = ordinals().decadeWords[m[2].toLowerCase()]!;
        out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.decade-words', stated: { type: 'value', value: `19${d}` } });
        return;
      }
      const n = m[3] ? +m[3] : ordinals().centuries[m[4]!.toLowerCase()]!;
      if (!n || n > 21) return;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date.century',
        stated: { type: 'value', value: String(n - 1).padStart(2, '0') },
      });
    });
    return out;
  },
};

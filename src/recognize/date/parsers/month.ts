// A month on its own: "In October, Russia said", "set to expire in May", "early June",
// "last March", "the end of October", "their January sales". Not a name ("Theresa May",
// "April Ryan") and not the modal verb ("May I ask"): "May" needs a month context.
import { MONTH_ALONE, WORD_BEFORE, monthIndex, compile } from '../lexicon.js';
import { lexicon } from '../../../lexicon/registry.js';
import { atSentenceStart, isCapitalized, scan, wordAfter, wordBefore, wordBeforeStart } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

let re: RegExp | undefined;
const pattern = () =>
  (re ??= compile(
    `${WORD_BEFORE}(?:((?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)|((?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+))|((?:[Ll]ast|[Nn]ext|[Tt]his)\\s+))?` +
      `(${MONTH_ALONE()})(?![\\p{L}\\p{N}]|\\s*\\d)`,
    'gu',
  ));

export const monthParser: DateParser = {
  id: 'date.month',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const context = lexicon('monthContext');
    const text = ctx.text;
    scan(pattern(), text, (m) => {
      const token = m[4]!;
      const month = monthIndex(token)!;
      const tokenStart = m.index + m[0].length - token.length;
      const tokenEnd = m.index + m[0].length;
      const prefixed = Boolean(m[1] || m[2] || m[3]);
      if (!prefixed) {
        const before = wordBefore(text, tokenStart).toLowerCase();
        const inContext = context.has(before);
        if (!inContext) {
          if (token === 'May' || token === 'MAY') return;
          const after = wordAfter(text, tokenEnd);
          // "April Ryan", "June Carter": a capitalized word right after makes it a name
          if (after && isCapitalized(after) && /^ \S/.test(text.slice(tokenEnd, tokenEnd + 2))) return;
          // "Theresa May", "Ryan April": a capitalized word right before, mid-sentence
          const prev = wordBefore(text, tokenStart);
          const prevStart = wordBeforeStart(text, tokenStart);
          if (prev && isCapitalized(prev) && !atSentenceStart(text, prevStart) && /\p{L} $/u.test(text.slice(tokenStart - 2, tokenStart)))
            return;
        }
      }
      // "October of next year"
      const of = /^[ \t]+of[ \t]+(next|last|this)[ \t]+year\b/i.exec(text.slice(tokenEnd, tokenEnd + 22));
      if (of) {
        const yearOffset = /next/i.test(of[1]!) ? 1 : /last/i.test(of[1]!) ? -1 : 0;
        out.push({ start: m.index, end: tokenEnd, rule: 'date.month-of-year', stated: { type: 'partial', month, yearOffset } });
        return;
      }
      const shift = m[3] ? (m[3].trim().toLowerCase() as 'last' | 'next' | 'this') : undefined;
      out.push({
        start: m.index,
        end: tokenEnd,
        rule: m[1] ? 'date.part-of-month' : m[3] ? 'date.shifted-month' : 'date.month',
        stated: { type: 'partial', month, ...(shift ? { shift } : {}) },
      });
    });
    return out;
  },
};

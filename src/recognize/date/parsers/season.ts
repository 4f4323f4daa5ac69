// Seasons: "this summer" (2013-SU), "last winter", "the spring of 2012", "in the fall",
// "summer 2014", "early spring". Not "Arab Spring", "Summer Olympics", "the fall of the
// wall", or the verb "fall".
import { YEAR, WORD_AFTER, WORD_BEFORE, ordinals, compile } from '../lexicon.js';
import { lexicon } from '../../../lexicon/registry.js';
import { atSentenceStart, isCapitalized, scan, wordAfter, wordBefore, wordBeforeStart } from '../scan.js';
import type { DateContext, DateParse, DateParser } from '../types.js';

const RE = compile(
  `${WORD_BEFORE}(?:(this|last|next|early|late|mid|the|this\\s+past|this\\s+coming)[- ]+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(${YEAR}))?${WORD_AFTER}`,
  'giu',
);

export const seasonParser: DateParser = {
  id: 'date.season',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const text = ctx.text;
    scan(RE, text, (m) => {
      const word = m[2]!;
      const season = ordinals().seasons[word.toLowerCase()]!;
      const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const wordStart = m.index + m[0].indexOf(word, m[1]?.length ?? 0);
      const wordEnd = wordStart + word.length;
      if (!m[3]) {
        // names: "Arab Spring", "Summer Olympics"
        if (isCapitalized(word)) {
          const prev = wordBefore(text, m.index);
          if (!mod && prev && isCapitalized(prev) && !atSentenceStart(text, wordBeforeStart(text, m.index))) return;
          const next = wordAfter(text, wordEnd);
          if (next && isCapitalized(next)) return;
        }
        const prevWord = wordBefore(text, m.index).toLowerCase();
        if (!mod || mod === 'the') {
          // a bare season or "the summer" needs a time preposition before it
          if (!lexicon('seasonContext').has(prevWord)) return;
          if (/^\s+of\b/.test(text.slice(wordEnd, wordEnd + 4))) return; // "the fall of Rome"
        }
      }
      const shift = mod === 'this' ? 'this' : mod === 'last' || mod === 'this past' ? 'last' : mod === 'next' || mod === 'this coming' ? 'next' : undefined;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: m[3] ? 'date.season-year' : 'date.season',
        stated: m[3] ? { type: 'value', value: `${m[3]}-${season}` } : { type: 'partial', season, ...(shift ? { shift } : {}) },
      });
    });
    return out;
  },
};

// Gives every date without a year (or week) its direction from the document date: the
// tense of its sentence (see tense.ts). Without a cue, a weekday is the latest one (news
// reports what happened), a month or a day of the year the nearest one; with --prefer,
// the one that way.
import { sentenceAt } from '../scan.js';
import { tenseAt } from '../tense.js';
import { needsDirection } from '../timex.js';
import type { DateContext, DateParse, DateRefiner, Stated } from '../types.js';

/** Words between a date and its tense cue within which the tense decides outright. */
const STRICT_DISTANCE = 2;

// ("Friday the 22nd" names its month's day: no weekday's bias)
const isWeekday = (s: Stated): boolean => s.type === 'partial' && s.weekday !== undefined && s.day === undefined;

export const directionRefiner: DateRefiner = {
  id: 'direction',
  refine(ctx: DateContext, parses: DateParse[]): DateParse[] {
    for (const p of parses) {
      if (!needsDirection(p.stated)) continue;
      const sentence = sentenceAt(ctx.sentences, p.start, ctx.text);
      const cue = tenseAt(ctx.text, sentence, p.start, p.end);
      const tense = cue?.tense;
      // --prefer decides where the sentence states no past or future (an agenda, a list)
      p.direction = tense === 'past' || tense === 'future' ? tense : ctx.prefer ?? (tense === 'present' ? 'nearest' : isWeekday(p.stated) ? 'past' : 'nearest');
      // a verb right by the date governs it ("was signed in March"); a farther one only
      // biases; the user's --prefer governs where no past or future is stated
      const preferred = ctx.prefer !== undefined && tense !== 'past' && tense !== 'future';
      p.strict = preferred || (cue !== undefined && cue.distance <= STRICT_DISTANCE);
    }
    return parses;
  },
};

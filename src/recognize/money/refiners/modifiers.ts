// Words before an amount that qualify it ("more than $8 billion", "about US$1.4 billion",
// "up to €5m") join the mention and become its `modifier` (data/modifiers.txt).
import { alternation } from '../numerals.js';
import { modifiers } from '../lexicon.js';
import type { MoneyContext, MoneyParse, MoneyRefiner } from '../types.js';

let re: RegExp | undefined;
const pattern = () => (re ??= new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(modifiers())})[^\\S\\n]+$`, 'iu'));

export const modifiersRefiner: MoneyRefiner = {
  id: 'modifiers',
  refine(ctx: MoneyContext, parses: MoneyParse[]): MoneyParse[] {
    for (const p of parses) {
      if (p.rule === 'money.range' && p.modifier === 'between' && /^between/i.test(ctx.text.slice(p.start, p.end))) continue;
      const m = pattern().exec(ctx.text.slice(Math.max(0, p.start - 30), p.start));
      if (!m) continue;
      p.start -= m[0].length;
      p.modifier = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    }
    return parses;
  },
};

// "S&P kept the rating at BB", "Moody's cut it to Baa3": a credit grade, in a sentence that
// speaks of ratings (rating-words.txt), names no organization. Elsewhere "AAA" may be one
// ("AAA said gas prices rose").
import { lexicon } from '../../lexicon/registry.js';
import { none, type NameRule } from '../names/view.js';

/** The grades of the agencies' scales: "AAA", "BB+", "CCC-", "Aa2", "Baa3", "Caa1". */
const GRADE = /^(?:A{1,3}|B{1,3}|C{1,3}|Aaa|Aa[1-3]?|A[1-3]|Baa[1-3]?|Ba[1-3]?|B[1-3]|Caa[1-3]?|Ca)[+-]?$/;

export const rating: NameRule = {
  id: 'not-name.rating',
  strong: true,
  info: [],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    if (!GRADE.test(t.text.replace(/-(?:minus|plus)$/i, '')) || t.text.length < 2) return null;
    const words = lexicon('ratingWords');
    return c.tokens.some((x, i) => i !== c.from && words.has(x.text.toLowerCase())) ? none() : null;
  },
};

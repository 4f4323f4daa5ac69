// "Wall Street rallied", "shares fell on Wall Street": a street that stands for a financial
// market, in a sentence that speaks of markets, names the market, not a place.
import { lexicon } from '../../lexicon/registry.js';
import { none, phrase, type NameRule } from '../names/view.js';

export const marketStreet: NameRule = {
  id: 'not-name.market-street',
  strong: true,
  info: [],
  read(c) {
    if (!lexicon('marketStreets').has(phrase(c.tokens, c.from, c.to))) return null;
    const words = lexicon('marketWords');
    return c.tokens.some((t, i) => (i < c.from || i >= c.to) && words.has(t.text.toLowerCase())) ? none() : null;
  },
};

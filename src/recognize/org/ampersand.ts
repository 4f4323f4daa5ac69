import { knownPlace } from '../location/known-place.js';
import { bare, one, rule, type NameRule } from '../names/view.js';

// "Procter & Gamble", "Ernst & Young", "Harlow & Finch": capitalized words joined by an
// ampersand name a firm (people and places are joined by "and": "Bosnia and Herzegovina")
export const orgAmpersand: NameRule = {
  id: 'org.ampersand',
  strong: false,
  info: [rule('org.ampersand', 'ORG', 'capitalized words joined by an ampersand', 'The audit was done by Harlow & Finch last year.', 'Harlow & Finch')],
  read(c) {
    if (c.to - c.from < 2) return null;
    let amp = false;
    for (let i = c.from; i < c.to - 1; i++) {
      const t = c.tokens[i]!;
      if (t.post.trim() === '&' || c.tokens[i + 1]!.text === '&') amp = true;
    }
    // the chunker joins only a firm's shape across an ampersand (names/index.ts)
    if (!amp) return null;
    const words = c.tokens.slice(c.from, c.to).filter((t) => t.text !== '&');
    if (words.every((t) => knownPlace(bare(t)))) return null;
    return one('ORG', c.from, c.to, 'org.ampersand');
  },
};

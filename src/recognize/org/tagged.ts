import { knownPlace } from '../location/known-place.js';
import { bare, has, one, rule, type NameRule } from '../names/view.js';

export const taggedOrg: NameRule = {
  id: 'org.tagged',
  strong: false,
  info: [rule('org.tagged', 'ORG', "a name compromise's lexicon tags as an organization", 'The deal was backed by Bechtel last year.', 'Bechtel')],
  read(c) {
    // compromise reads "Vienna & Geneva" as a firm; two places are two places
    const caps = c.tokens.slice(c.from, c.to).filter((t) => /^\p{Lu}/u.test(t.text));
    if (caps.length > 1 && caps.every((t) => knownPlace(bare(t)))) return null;
    for (let i = c.from; i < c.to; i++) if (has(c.tokens[i]!, 'Organization')) return one('ORG', c.from, c.to, 'org.tagged');
    return null;
  },
};

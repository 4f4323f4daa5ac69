import { listedPlace } from '../location/listed-place.js';
import { siblingRule } from '../names/list-sibling.js';
import { bare, has, phrase, rule } from '../names/view.js';
import { firstName } from '../person/first-name.js';

/** "Rivals Apple, Google and Microsoft": one to three capitalized words; a place or a person's name by its first name keeps its own reading. */
export const orgListSibling = siblingRule(
  'ORG',
  'org.list-sibling',
  [rule('org.list-sibling', 'ORG', 'a name in a list whose other items are all organizations', 'He said Quorvane, Google and Microsoft objected.', 'Quorvane')],
  (c) => {
    const n = c.to - c.from;
    if (n < 1 || n > 3) return false;
    for (const t of c.tokens.slice(c.from, c.to)) if (!/^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(bare(t)) || has(t, 'Demonym', 'Date', 'Pronoun')) return false;
    return !firstName(c.tokens[c.from]!) && !listedPlace(phrase(c.tokens, c.from, c.to));
  },
);

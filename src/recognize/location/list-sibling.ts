import { listSiblings } from '../names/list-items.js';
import { siblingRule } from '../names/list-sibling.js';
import { has, lower, rule } from '../names/view.js';
import { firstName } from '../person/first-name.js';

/**
 * "He toured Mindanao, Sulawesi and Aceh": one or two capitalized words in a list whose other
 * items (two at least) all read as places is a place too; a person's name by its first name,
 * a body's head word or a title keeps out, and so does an address ("Kelby Press, Melbourne,
 * Australia": no "and" or "or").
 */
export const locationListSibling = siblingRule(
  'LOCATION',
  'location.list-sibling',
  [rule('location.list-sibling', 'LOCATION', 'a name in a list whose other items are all places', 'Aid reached Paris, Tarvosk and Madrid on Monday.', 'Tarvosk')],
  (c) => {
    const n = c.to - c.from;
    if (n < 1 || n > 2 || firstName(c.tokens[c.from]!)) return false;
    for (const t of c.tokens.slice(c.from, c.to)) {
      const w = lower(t);
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || has(t, 'Organization', 'Demonym', 'Date', 'Person')) return false;
      if (c.lex.orgHeads.has(w) || c.lex.titles.has(w) || c.lex.programHeads.has(w) || c.lex.notNames.has(t.text)) return false;
    }
    // an enumeration, with its "and" or "or": not an address ("Kelby Press, Melbourne, Australia")
    const items = listSiblings(c);
    const [from, to] = [Math.min(c.from, ...items.map(([f]) => f)), Math.max(c.to, ...items.map(([, t]) => t))];
    return c.tokens.slice(from, to).some((t) => t.text === 'and' || t.text === 'or');
  },
);

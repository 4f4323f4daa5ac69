import { has, rule } from '../names/view.js';
import { siblingRule } from '../names/list-sibling.js';

/**
 * "Photos by Walker Evans, Robert Mapplethorpe, and Helmut Newton": a name shaped like a
 * person's, in a list whose other items (two at least) all read as people, is a person too.
 */
export const listSibling = siblingRule(
  'PERSON',
  'person.list-sibling',
  [rule('person.list-sibling', 'PERSON', "a name shaped like a person's in a list whose other items are all people", 'Photos by Mara Quell, Tom Hale, and Dorvan Keel were shown.', 'Dorvan Keel')],
  (c) => {
    const n = c.to - c.from;
    if (n < 2 || n > 3) return false;
    // words shaped like a name's, none a head, a title or a plural ("Helmut Newton", "Dorvan Keel")
    for (const t of c.tokens.slice(c.from, c.to)) {
      const w = t.text.toLowerCase();
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || has(t, 'Place', 'Organization', 'Demonym', 'Date', 'Plural')) return false;
      if (c.lex.orgHeads.has(w) || c.lex.titles.has(w) || c.lex.programHeads.has(w) || c.lex.notNames.has(t.text)) return false;
    }
    return true;
  },
);

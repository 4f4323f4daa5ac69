import { has, one, rule, type NameRule } from '../names/view.js';
import { listSiblings as siblings } from '../names/list-items.js';

let reading = false;

/**
 * "Photos by Walker Evans, Robert Mapplethorpe, and Helmut Newton": a name shaped like a
 * person's, in a list whose other items (two at least) all read as people, is a person too.
 */
export const listSibling: NameRule = {
  id: 'person.list-sibling',
  strong: false,
  info: [rule('person.list-sibling', 'PERSON', "a name shaped like a person's in a list whose other items are all people", 'Photos by Mara Quell, Tom Hale, and Dorvan Keel were shown.', 'Dorvan Keel')],
  read(c) {
    const n = c.to - c.from;
    if (reading || n < 2 || n > 3) return null;
    // words shaped like a name's, none a head, a title or a plural ("Helmut Newton", "Dorvan Keel")
    for (const t of c.tokens.slice(c.from, c.to)) {
      const w = t.text.toLowerCase();
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || has(t, 'Place', 'Organization', 'Demonym', 'Date', 'Plural')) return null;
      if (c.lex.orgHeads.has(w) || c.lex.titles.has(w) || c.lex.programHeads.has(w) || c.lex.notNames.has(t.text)) return null;
    }
    const items = siblings(c);
    if (items.length < 2) return null;
    // the other items read by the whole list of rules (not this one again)
    reading = true;
    try {
      for (const [from, to] of items) {
        const r = c.read({ ...c, from, to });
        const p = r?.parts.length === 1 ? r.parts[0] : undefined;
        if (!p || p.type !== 'PERSON' || p.from !== from || p.to !== to) return null;
      }
    } finally {
      reading = false;
    }
    return one('PERSON', c.from, c.to, 'person.list-sibling');
  },
};

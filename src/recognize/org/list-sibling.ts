import { listedPlace } from '../location/listed-place.js';
import { listSiblings } from '../names/list-items.js';
import { bare, has, one, phrase, rule, type NameRule } from '../names/view.js';
import { firstName } from '../person/first-name.js';

let reading = false;

/**
 * "Rivals Apple, Google and Microsoft": a name in a list whose other items (two at least)
 * all read as organizations is one too, however common its word ("Apple") or unknown. A
 * place or a person's name by its first name keeps its own reading.
 */
export const orgListSibling: NameRule = {
  id: 'org.list-sibling',
  strong: false,
  info: [rule('org.list-sibling', 'ORG', 'a name in a list whose other items are all organizations', 'Rivals Quorvane, Google and Microsoft objected.', 'Quorvane')],
  read(c) {
    const n = c.to - c.from;
    if (reading || n < 1 || n > 3) return null;
    for (const t of c.tokens.slice(c.from, c.to)) {
      if (!/^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(bare(t)) || has(t, 'Demonym', 'Date', 'Pronoun')) return null;
    }
    if (firstName(c.tokens[c.from]!) || listedPlace(phrase(c.tokens, c.from, c.to))) return null;
    const items = listSiblings(c);
    if (items.length < 2) return null;
    // the other items read by the whole list of rules (not this one again)
    reading = true;
    try {
      for (const [from, to] of items) {
        const p = c.read({ ...c, from, to })?.parts;
        if (p?.length !== 1 || p[0]!.type !== 'ORG' || p[0]!.from !== from || p[0]!.to !== to) return null;
      }
    } finally {
      reading = false;
    }
    return one('ORG', c.from, c.to, 'org.list-sibling');
  },
};

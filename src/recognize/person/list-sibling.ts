import type { Token } from '../../types.js';
import { has, one, rule, type ChunkView, type NameRule } from '../names/view.js';

const AND_OR = /^(?:and|or)$/;
const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);

/** The other items of the comma list the chunk is in, as token spans: "A B, C D, and <chunk>". */
function siblings(c: ChunkView): [number, number][] {
  const toks = c.tokens;
  const items: [number, number][] = [];
  // back: "..., Walker Evans, Robert Mapplethorpe, and <chunk>"
  let i = c.from - 1;
  // (the item just before "and" needs no comma: "Tom Hale, Mara Quell and <chunk>")
  let afterAnd = AND_OR.test(toks[i]?.text ?? '');
  if (afterAnd) i--;
  while (i >= 0 && items.length < 8 && capital(toks[i]) && (toks[i]!.post.trim() === ',' || (afterAnd && toks[i]!.post === ' '))) {
    afterAnd = false;
    let from = i;
    while (from > 0 && capital(toks[from - 1]) && toks[from - 1]!.post === ' ') from--;
    items.push([from, i + 1]);
    i = from - 1;
    if (AND_OR.test(toks[i]?.text ?? '')) i--;
  }
  // on: "<chunk>, Robert Mapplethorpe and Helmut Newton"
  let j = c.to;
  while (j < toks.length && items.length < 8 && (toks[j - 1]!.post.trim() === ',' || AND_OR.test(toks[j]?.text ?? ''))) {
    if (AND_OR.test(toks[j]!.text)) j++;
    if (!capital(toks[j])) break;
    let to = j + 1;
    while (to < toks.length && capital(toks[to]) && toks[to - 1]!.post === ' ') to++;
    items.push([j, to]);
    j = to;
  }
  return items;
}

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

// The items of a comma list a chunk stands in ("Tom Hale, Mara Quell and <chunk>"): what the
// list's other items are, or the phrase before its first item, says what this one is.
import type { Token } from '../../types.js';
import { bare, type ChunkView } from './view.js';

const AND_OR = /^(?:and|or)$/;
const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);

/** The other items of the comma list the chunk is in, as token spans: "A B, C D, and <chunk>". */
export function listSiblings(c: ChunkView): [number, number][] {
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

/** "Marketing, Sales and Management": the chunk stands in a list of single words that all pass the test. */
export function listOfWords(c: ChunkView, test: (word: string) => boolean): boolean {
  const items = listSiblings(c);
  return items.length > 0 && items.every(([from, to]) => to - from === 1 && test(bare(c.tokens[from]!)));
}

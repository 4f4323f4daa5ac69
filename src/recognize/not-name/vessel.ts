import { wordList } from '../../data.js';
import { none, type NameRule } from '../names/view.js';

let prefixes: Set<string> | undefined;
const isPrefix = (w: string): boolean => (prefixes ??= new Set(wordList('recognize/not-name/vessel-prefixes.txt'))).has(w);

// "the USS Gerald R. Ford", "HMS Queen Elizabeth": a ship named with its prefix is none of
// our types, and its name's words are no person's ("Gerald R. Ford") nor a queen's title.
// Tried before a title, too.
export const vessel: NameRule = {
  id: 'not-name.vessel',
  strong: true,
  info: [],
  read(c) {
    let from = c.from;
    if (c.to - from > 2 && /^the$/i.test(c.tokens[from]!.text)) from++;
    const prefix = c.tokens[from]!;
    const next = c.tokens[from + 1];
    if (c.to - from < 2 || !isPrefix(prefix.text) || prefix.post !== ' ' || !next || !/^\p{Lu}/u.test(next.text)) return null;
    return none();
  },
};

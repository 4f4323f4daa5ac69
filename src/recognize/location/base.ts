import { wordList } from '../../data.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { bare, has, lower, one, rule, type NameRule } from '../names/view.js';

let words: { after: Set<string>; before: Set<string> } | undefined;
function baseWords(): { after: Set<string>; before: Set<string> } {
  if (words) return words;
  const all = wordList('recognize/location/base-words.txt');
  return (words = { after: new Set(all.filter((w) => !w.startsWith('>'))), before: new Set(all.filter((w) => w.startsWith('>')).map((w) => w.slice(1))) });
}

// "Ramstein Air Base", "Joint Base Lewis-McChord": a military base named by its words is a
// place, as other facilities are, and no person of its name ("Lewis-McChord")
export const base: NameRule = {
  id: 'location.base',
  strong: false,
  info: [rule('location.base', 'LOCATION', "a military base named by its words before or after the name (Air Base, Barracks, Joint Base)", 'Two tankers landed at Vorsk Air Base on Thursday.', 'Vorsk Air Base')],
  read(c) {
    const n = c.to - c.from;
    if (n < 2) return null;
    const { after, before } = baseWords();
    const words = c.tokens.slice(c.from, c.to).map(lower);
    // the base's words after a name: the last one, two or three words
    for (let k = 1; k <= 3 && k < n; k++) if (after.has(words.slice(n - k).join(' '))) return one('LOCATION', c.from, c.to, 'location.base');
    // ... or before it
    for (let k = 2; k <= 4 && k < n; k++) if (before.has(words.slice(0, k).join(' '))) return one('LOCATION', c.from, c.to, 'location.base');
    // "RAF Lossiemouth", "RAF Brize Norton": a station named by its service's prefix and its
    // place (not "RAF Typhoons", "RAF Regiment", "RAF Chief ...": a plural, a body's or a
    // title's word)
    if (before.has(words[0]!) && n <= 3 && c.tokens.slice(c.from + 1, c.to).every((t) => /^\p{Lu}\p{Ll}+$/u.test(bare(t)) && !c.lex.orgHeads.has(lower(t)) && !c.lex.titles.has(lower(t)) && !has(t, 'Plural') && !(lower(t).endsWith('s') && isCommonWord(lower(t).slice(0, -1))))) return one('LOCATION', c.from, c.to, 'location.base');
    return null;
  },
};

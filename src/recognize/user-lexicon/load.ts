// Lexicons named by path (`--lexicon FILE`, `extract(text, {lexicons: [FILE]})`) are read and
// checked once, where the run starts: a bad line stops it before any document is read, and
// workers get the checked entries, never the path.
import { readFileSync, statSync } from 'node:fs';
import { fsPath } from '../../read/fs-path.js';
import { describeFsError } from '../../read/errors.js';
import type { Lexicon } from '../../types.js';
import { checkLexicon, LexiconError, parseLexicon } from './entries.js';

/** The largest lexicon file read: far more names than anyone lists by hand, and no more. */
const MAX_BYTES = 256 * 1024 * 1024;

/** Reads and checks one lexicon file; throws a LexiconError (`file:line: why` for each bad line, or why it cannot be read). */
export function loadLexicon(path: string): Lexicon {
  let text: string;
  try {
    const size = statSync(fsPath(path)).size;
    if (size > MAX_BYTES) throw new LexiconError(path, [{ line: 0, message: `too large (${size} bytes); a lexicon holds at most ${MAX_BYTES} bytes` }]);
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(fsPath(path)));
  } catch (e) {
    if (e instanceof LexiconError) throw e;
    const why = e instanceof TypeError ? 'not UTF-8 text' : describeFsError(e);
    throw new LexiconError(path, [{ line: 0, message: why }]);
  }
  return parseLexicon(text, path);
}

/** A lexicon as a program gives it: a path to read, or entries already made. */
export type LexiconSource = string | Lexicon;

let last: { sources: readonly LexiconSource[]; stamps: string[]; lexicons: readonly Lexicon[] } | undefined;

const stamp = (s: LexiconSource): string => {
  if (typeof s !== 'string') return '';
  try {
    const st = statSync(fsPath(s));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return '?';
  }
};

/**
 * The lexicons of the sources, loaded and checked. The same sources as the call before
 * (the same objects, the same unchanged files) give the same array, so that a program
 * calling extract() for each of many texts compiles its lexicons once.
 */
export function loadLexicons(sources: readonly LexiconSource[], fn: string): readonly Lexicon[] {
  if (!Array.isArray(sources)) throw new TypeError(`${fn}: options.lexicons must be a list of file paths or {name, entries}, got ${JSON.stringify(sources)}`);
  const stamps = sources.map(stamp);
  if (last && last.sources.length === sources.length && last.sources.every((s, i) => s === sources[i] && last!.stamps[i] === stamps[i])) return last.lexicons;
  const lexicons = sources.map((s) => (typeof s === 'string' ? loadLexicon(s) : checkLexicon(s, fn)));
  last = { sources: [...sources], stamps, lexicons };
  return lexicons;
}

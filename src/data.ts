// Lexicons and rule tables live as plain data files under src/ (they ship with the
// package), so they can be read and edited without touching code. This module finds them
// from either src/ (tests) or dist/ (the built CLI) and reads each file once.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module holding package.json. */
function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('extract: cannot find the package root for its data files');
    dir = up;
  }
  return (root = dir);
}

const cache = new Map<string, unknown>();

function read(rel: string): string {
  return readFileSync(join(packageRoot(), 'src', rel), 'utf8');
}

/**
 * A word list: one entry per line, `#` starts a comment, blank lines are skipped.
 * `rel` is relative to src/, e.g. "lexicon/titles.txt".
 */
export function wordList(rel: string): readonly string[] {
  const hit = cache.get(rel);
  if (hit) return hit as string[];
  const list = read(rel)
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
  cache.set(rel, list);
  return list;
}

/** A JSON data file under src/. */
export function jsonData<T>(rel: string): T {
  const hit = cache.get(rel);
  if (hit) return hit as T;
  const value = JSON.parse(read(rel)) as T;
  cache.set(rel, value);
  return value;
}

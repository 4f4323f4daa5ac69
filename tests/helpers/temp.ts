// Temporary folders for tests: every one lives under one folder per test file (in the
// system's temporary folder), removed after the file's tests (tests/helpers/setup.ts runs
// cleanTemp in afterAll) and, should a worker die first, when its process exits.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | null = null;
// every root of this process, for the exit handler (one handler, whatever the test files)
const KEY = Symbol.for('extract.test.tempRoots');
const global = globalThis as { [KEY]?: Set<string> };
const roots = (global[KEY] ??= (() => {
  const set = new Set<string>();
  process.once('exit', () => set.forEach(removeDir));
  return set;
})());

/** A new empty folder, `extract-test-*` / `<name>-*`, removed after this test file. */
export function tempDir(name: string): string {
  if (!root) {
    root = mkdtempSync(join(tmpdir(), 'extract-test-'));
    roots.add(root);
  }
  return mkdtempSync(join(root, `${name}-`));
}

/** Removes `dir` (or every folder tempDir made), giving back permissions a test took away. */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // a folder a test made unreadable (chmod 0) cannot be emptied by its owner: restore it
    restore(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function restore(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (!stat.isDirectory()) return;
  chmodSync(path, 0o700);
  for (const entry of readdirSync(path)) restore(join(path, entry));
}

export function cleanTemp(): void {
  if (!root) return;
  removeDir(root);
  roots.delete(root);
  root = null;
}

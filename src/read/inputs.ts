// Turns the paths on the command line into the list of documents to read: files as given,
// folders walked recursively in sorted order (hidden entries and node_modules skipped,
// symbolic-link loops broken), "-" for standard input.
import { describeFsError } from './errors.js';
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { kindOf, WALKED_EXTENSIONS, type InputKind, type KindChoice } from './kinds.js';
import { childPath, fsPath, shownPath } from './fs-path.js';

export type Input =
  | { source: string; path: string | null; kind: KindChoice }
  | { source: string; error: string };

export interface WalkOptions {
  /** how to read standard input and named files (else: a named file by its extension, then its content) */
  kind?: InputKind;
  /** told about each file a folder walk skips */
  onSkip?: (path: string, why: string) => void;
}


async function* walk(dir: string, seen: Set<string>, options: WalkOptions): AsyncGenerator<Input> {
  let real: string;
  let entries: Dirent<Buffer>[];
  const shown = shownPath(dir);
  try {
    real = String(await realpath(fsPath(dir)));
    if (seen.has(real)) {
      options.onSkip?.(shown, 'a folder already read (symbolic-link loop)');
      return;
    }
    seen.add(real);
    // the entries' types come with the listing: no stat per file (a link is still followed);
    // names as bytes, since a name may be no UTF-8 (see fs-path.ts)
    entries = (await readdir(fsPath(dir), { withFileTypes: true, encoding: 'buffer' })).sort((a, b) => Buffer.compare(a.name, b.name));
  } catch (e) {
    yield { source: shown, error: describeFsError(e) };
    return;
  }
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = childPath(dir, entry.name);
    const source = shownPath(path);
    let info: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (!entry.isFile() && !entry.isDirectory()) {
      try {
        info = await stat(fsPath(path));
      } catch (e) {
        yield { source, error: describeFsError(e) };
        continue;
      }
    }
    if (info.isDirectory()) {
      yield* walk(path, seen, options);
    } else if (info.isFile()) {
      const kind = kindOf(source);
      if (kind) yield { source, path, kind };
      else options.onSkip?.(source, `not a kind extract reads (${WALKED_EXTENSIONS.join(', ')})`);
    } else {
      // a pipe, a device or a socket inside a folder is never waited on (name it to read it)
      options.onSkip?.(source, 'not a regular file (a pipe, a device or a socket)');
    }
  }
}

export async function* inputs(paths: readonly string[], options: WalkOptions = {}): AsyncGenerator<Input> {
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      yield { source: '-', path: null, kind: options.kind ?? 'auto' };
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      yield { source: p, error: describeFsError(e) };
      continue;
    }
    if (info.isDirectory()) yield* walk(p, seen, options);
    else yield { source: p, path: p, kind: options.kind ?? kindOf(p) ?? 'auto' };
  }
}

// A file or folder whose name is no UTF-8 ("caf\xe9.txt" from a Latin-1 system) is read,
// and shown with U+FFFD; it used to look deleted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { run } from '../cli/run.js';
import { childPath, fsPath, shownPath } from '../../src/read/fs-path.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('names that are not UTF-8', () => {
  it('a path of such names holds its bytes and shows them with U+FFFD', () => {
    const p = childPath('docs', bytes('caf', [0xe9], '.txt'));
    expect(shownPath(p)).toBe('docs/caf\ufffd.txt');
    expect(fsPath(p)).toEqual(bytes('docs/caf', [0xe9], '.txt'));
    expect(childPath('docs', Buffer.from('café.txt'))).toBe(join('docs', 'café.txt'));
  });

  it('the walk reads them, in a folder of such a name too', () => {
    const dir = tempDir('bytes');
    writeFileSync(bytes(dir, '/caf', [0xe9], '.txt'), 'Joe Biden met Sergei Lavrov in Munich.');
    mkdirSync(bytes(dir, '/sub', [0xff]));
    writeFileSync(bytes(dir, '/sub', [0xff], '/x.txt'), 'Angela Merkel spoke in Berlin.');
    const r = run([dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const docs = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string; entities: { name: string }[] });
    expect(docs.map((d) => d.source)).toEqual([join(dir, 'caf\ufffd.txt'), join(dir, 'sub\ufffd', 'x.txt')]);
    expect(docs.map((d) => d.entities[0]!.name)).toEqual(['Joe Biden', 'Angela Merkel']);
  });
});

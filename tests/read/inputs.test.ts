// The folder walk: sorted, hidden entries and node_modules skipped, and a folder that
// changes while it is read reports what vanished and goes on.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs, type Input } from '../../src/read/inputs.js';
import { tempDir } from '../helpers/temp.js';

function folder(files: string[]): string {
  const dir = tempDir('walk');
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'text');
  }
  return dir;
}

const describeInput = (dir: string, i: Input) => ('error' in i ? `${i.source.slice(dir.length + 1)}: ${i.error}` : `${i.source.slice(dir.length + 1)} (${i.kind})`);

describe('inputs', () => {
  it('walks folders in sorted order and skips what is not an article', async () => {
    const dir = folder(['b.md', 'a.txt', 'sub/c.html', '.hidden/x.txt', 'node_modules/y.txt', 'notes.pdf', 'memo.docx', 'news.rss', 'log.atom', 'table.csv', 'data.json', '.env']);
    const skipped: string[] = [];
    const got: string[] = [];
    for await (const i of inputs([dir], { onSkip: (p) => skipped.push(p.slice(dir.length + 1)) })) got.push(describeInput(dir, i));
    expect(got).toEqual(['a.txt (text)', 'b.md (markdown)', 'log.atom (feed)', 'memo.docx (docx)', 'news.rss (feed)', 'notes.pdf (pdf)', 'sub/c.html (html)']);
    expect(skipped).toEqual(['data.json', 'table.csv']);
  });

  // the listing gives the entries' types, so the walk does not look at each file again:
  // a file gone since is reported when it is read (tests/parallel/documents.test.ts)
  it('a file deleted after the listing is still listed, the others still come', async () => {
    const dir = folder(['a.txt', 'b.txt', 'c.txt']);
    const got: string[] = [];
    for await (const i of inputs([dir])) {
      got.push(describeInput(dir, i));
      if (got.length === 1) rmSync(join(dir, 'b.txt'));
    }
    expect(got).toEqual(['a.txt (text)', 'b.txt (text)', 'c.txt (text)']);
  });

  it('a folder deleted while it is walked is reported', async () => {
    const dir = folder(['a.txt', 'sub/b.txt']);
    const got: string[] = [];
    for await (const i of inputs([dir])) {
      got.push(describeInput(dir, i));
      if (got.length === 1) rmSync(join(dir, 'sub'), { recursive: true });
    }
    expect(got).toEqual(['a.txt (text)', 'sub: no such file or folder']);
  });
});

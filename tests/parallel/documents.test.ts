// The run's documents, from the built module (the pool runs dist/parallel/worker.js):
// a file deleted while the folder is read is reported and the others come out; the pool
// and one thread give the same results.
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
// @ts-ignore: the built module (npm test builds first)
import { documents } from '../../dist/cli/documents.js';
// @ts-ignore
import { runJob } from '../../dist/parallel/job.js';

type Done = { label: string; error?: string; record?: { source: string } };

describe('documents', () => {
  it('a file deleted between listing and reading is reported; the others are fine', async () => {
    const dir = tempDir('vanish');
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (const n of names) writeFileSync(join(dir, `${n}.txt`), `Joe Biden met Sergei Lavrov in Munich (${n}).`);
    const seen: Done[] = [];
    for await (const d of documents({ paths: [dir], input: 'files', jobs: 1, maxBytes: 1 << 20 }) as AsyncIterable<Done>) {
      seen.push(d);
      // the folder was listed when a.txt came out; g.txt goes away before it is read (a
      // worker holds at most two documents, and reads a file when it comes to it, so g.txt
      // is not read before e's result is out, however fast or slow the worker)
      if (d.label.endsWith('a.txt')) unlinkSync(join(dir, 'g.txt'));
    }
    expect(seen.map((d) => [d.label.slice(dir.length + 1), d.error ?? 'ok'])).toEqual(
      names.map((n) => [`${n}.txt`, n === 'g' ? 'no such file (was it deleted while the folder was read?)' : 'ok']),
    );
  });

  it('a job whose file is gone says so', () => {
    expect(runJob({ source: 'x', kind: 'text', path: '/nonexistent/x.txt' }, { maxBytes: 100 })).toEqual({
      error: 'no such file (was it deleted while the folder was read?)',
    });
  });

  it('the pool gives what one thread gives, in order', async () => {
    const dir = tempDir('pool');
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), i % 5 === 4 ? '' : `Report ${i}: Joe Biden met Sergei Lavrov in Munich.`);
    const collect = async (jobs: number) => {
      const out: Done[] = [];
      for await (const d of documents({ paths: [dir], input: 'files', jobs, maxBytes: 1 << 20 }) as AsyncIterable<Done>) out.push(d);
      return out;
    };
    const one = await collect(1);
    expect(one).toHaveLength(12);
    expect(await collect(3)).toEqual(one);
  });
});

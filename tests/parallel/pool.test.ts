import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pool } from '../../src/parallel/pool.js';
import type { Job } from '../../src/parallel/job.js';
import { tempDir } from '../helpers/temp.js';

// a stand-in worker: answers with the job's source, and dies on the job named "crash"
const script = join(tempDir('pool'), 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.source === 'crash') process.exit(3);
  const until = Date.now() + 5; while (Date.now() < until);
  parentPort.postMessage({ record: { source: job.source } });
});`,
);
const job = (source: string): Job => ({ source, kind: 'text', text: source });
const settings = { maxBytes: 1 << 20 };

describe('the worker pool', () => {
  it.each([1, 2])('with %i workers, every job gets its own answer', async (size) => {
    const pool = new Pool(size, settings, pathToFileURL(script));
    const names = Array.from({ length: 20 }, (_, i) => `doc${i}`);
    const results = await Promise.all(names.map((n) => pool.run(job(n))));
    await pool.close();
    expect(results).toEqual(names.map((n) => ({ record: { source: n } })));
  });

  it('a worker that dies fails only the job it was on; the job it held next still runs', async () => {
    const pool = new Pool(1, settings, pathToFileURL(script));
    const names = ['a', 'crash', 'b', 'c'];
    const results = await Promise.all(names.map((n) => pool.run(job(n))));
    await pool.close();
    expect(results).toEqual([
      { record: { source: 'a' } },
      { error: 'could not be analysed: the worker stopped (exit code 3)' },
      { record: { source: 'b' } },
      { record: { source: 'c' } },
    ]);
  });

  it('closing it fails what is still queued, and later runs', async () => {
    const pool = new Pool(1, settings, pathToFileURL(script));
    const pending = ['a', 'b', 'c', 'd'].map((n) => pool.run(job(n)));
    await pool.close();
    const results = await Promise.all(pending);
    expect(results.every((r) => 'error' in r)).toBe(true);
    expect(await pool.run(job('e'))).toEqual({ error: 'could not be analysed: the pool is closed' });
  });
});

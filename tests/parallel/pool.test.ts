import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GROW_AFTER, Pool, wantsWorker, WORK_PER_DOCUMENT } from '../../src/parallel/pool.js';
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

  it('with growAfter, a small run keeps to one worker; a larger one starts the next', async () => {
    // the stand-in reports no work: each document counts WORK_PER_DOCUMENT
    // a clock that runs a second a reading, and a machine that does not say its idle time:
    // every window is long enough to measure, and a core counts as free
    let t = 0;
    const clock = { now: () => t++, idle: () => null };
    const pool = new Pool(2, settings, pathToFileURL(script), WORK_PER_DOCUMENT * 4, clock);
    await Promise.all(['a', 'b', 'c'].map((n) => pool.run(job(n))));
    expect(pool.workersStarted).toBe(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(job(`d${i}`))));
    expect(pool.workersStarted).toBe(2);
    await pool.close();
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

describe('when the pool starts a worker', () => {
  const state = { workers: 1, size: 2, waiting: 1, done: 0, growAfter: GROW_AFTER };
  it('the first as soon as a job comes', () => {
    expect(wantsWorker({ ...state, workers: 0 })).toBe(true);
    expect(wantsWorker({ ...state, workers: 0, waiting: 0 })).toBe(false);
  });
  it('one more only once the work done pays for it, and while a job waits', () => {
    expect(wantsWorker({ ...state, done: GROW_AFTER - 1 })).toBe(false);
    expect(wantsWorker({ ...state, done: GROW_AFTER })).toBe(true);
    expect(wantsWorker({ ...state, done: GROW_AFTER, waiting: 0 })).toBe(false);
    expect(wantsWorker({ ...state, size: 3, workers: 2, done: GROW_AFTER })).toBe(false);
    expect(wantsWorker({ ...state, size: 3, workers: 2, done: 2 * GROW_AFTER })).toBe(true);
  });
  it('never more than its size; with growAfter 0, whenever a job waits', () => {
    expect(wantsWorker({ ...state, workers: 2, done: 10 * GROW_AFTER })).toBe(false);
    expect(wantsWorker({ ...state, growAfter: 0 })).toBe(true);
  });
  it('none while a worker is on trial or after one was retired', () => {
    expect(wantsWorker({ ...state, size: 3, workers: 2, done: 10 * GROW_AFTER, held: true })).toBe(false);
  });
});

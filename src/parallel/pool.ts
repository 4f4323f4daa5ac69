// A small pool of worker threads, each running the whole pipeline on one document at a time.
// Each worker holds the next document too (DEPTH), so it never waits for the main thread
// between two documents (a round trip cost workers 12% of their time on short news).
// Workers start lazily (a run of two files starts at most two; with `growAfter`, a worker
// beyond the first only once the work done shows the run is worth it: see `wantsWorker`)
// and a worker that dies (out of memory, a crash in a dependency) fails only the document
// it was on; the one it held next goes back in the queue. Ordering and back-pressure are
// the caller's: see `inOrder`.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';

/** Documents sent to a worker at once: the one it is on and the next. */
const DEPTH = 2;

/**
 * What a document costs beyond its characters, in characters of work: reading the file,
 * the round trip, the record (a folder of one-line files is worth more workers than its bytes say).
 */
export const WORK_PER_DOCUMENT = 2_000;

/**
 * The default for `growAfter`: a worker costs about a second of CPU to start (its modules,
 * the lexicons' snapshots), which one worker spends on about half a megabyte of news, and
 * two workers gain only 10-20% over one on a shared two-core machine. A worker more pays
 * once the run has done about twice that much and still has work waiting (work done so far
 * is the best guess of work to come: the inputs are a stream); a smaller run never starts
 * one, and so runs exactly as with one job.
 */
export const GROW_AFTER = 1_000_000;

export interface PoolState {
  /** workers started */
  workers: number;
  /** the most workers the pool may start */
  size: number;
  /** jobs no worker has room for */
  waiting: number;
  /** work done so far: characters analysed, plus WORK_PER_DOCUMENT a document */
  done: number;
  /** work done before each worker beyond the first (0: start them as soon as jobs wait) */
  growAfter: number;
}

/** Whether to start one more worker: a job waits, there is room, and the run has done enough work for one more. */
export function wantsWorker(s: PoolState): boolean {
  if (s.waiting === 0 || s.workers >= s.size) return false;
  return s.workers === 0 || s.done >= s.growAfter * s.workers;
}

interface Task {
  job: Job;
  done: (r: JobResult) => void;
}

// dist/parallel/worker.js next to this file; from the TypeScript sources (tests), the built one
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../../dist/parallel/worker.js' : './worker.js', import.meta.url);

export class Pool {
  private readonly workers = new Set<Worker>();
  /** The tasks sent to each worker, in the order it runs them. */
  private readonly running = new Map<Worker, Task[]>();
  private readonly queue: Task[] = [];
  private closed = false;
  /** work done so far (see PoolState) */
  private done = 0;
  /** workers started so far, those that died included */
  private started = 0;

  /**
   * @param growAfter work done before each worker beyond the first (see `GROW_AFTER`);
   *   0 starts a worker for each job that waits, up to `size`
   */
  constructor(
    readonly size: number,
    private readonly settings: JobSettings,
    private readonly script: URL = WORKER,
    private readonly growAfter = 0,
  ) {
    if (!(size >= 1)) throw new RangeError(`pool size must be at least 1, got ${size}`);
  }

  /** How many workers the pool has started so far. */
  get workersStarted(): number {
    return this.started;
  }

  /** Runs a job on the next free worker; never rejects. */
  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.resolve({ error: 'could not be analysed: the pool is closed' });
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.pump();
    });
  }

  /** Stops every worker; jobs still queued or running resolve with an error. */
  async close(): Promise<void> {
    this.closed = true;
    const pending = [...this.queue, ...[...this.running.values()].flat()];
    this.queue.length = 0;
    this.running.clear();
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
    for (const t of pending) t.done({ error: 'could not be analysed: stopped' });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.leastBusy();
      if (!worker) return;
      const task = this.queue.shift()!;
      this.running.get(worker)!.push(task);
      worker.postMessage(task.job);
    }
  }

  /** An idle worker, else a new one when one is wanted, else one with room in its queue. */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const [w, tasks] of this.running) if (tasks.length < (best ? this.running.get(best)!.length : DEPTH)) best = w;
    if (best && this.running.get(best)!.length === 0) return best;
    const state = { workers: this.workers.size, size: this.size, waiting: this.queue.length, done: this.done, growAfter: this.growAfter };
    if (wantsWorker(state)) return this.spawn();
    return best;
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.settings });
    this.started++;
    this.workers.add(worker);
    this.running.set(worker, []);
    worker.on('message', (r: JobResult) => {
      this.done += ('work' in r ? (r.work ?? 0) : 0) + WORK_PER_DOCUMENT;
      const task = this.running.get(worker)?.shift();
      task?.done(r);
      this.pump();
    });
    const lost = (why: string) => {
      if (!this.workers.delete(worker)) return;
      const [task, ...next] = this.running.get(worker) ?? [];
      this.running.delete(worker);
      this.queue.unshift(...next);
      task?.done({ error: `could not be analysed: ${why}` });
      if (!this.closed) this.pump();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      lost(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : `the worker failed: ${e.message}`),
    );
    worker.on('exit', (code) => lost(`the worker stopped (exit code ${code})`));
    return worker;
  }
}

// A small pool of worker threads, each running the whole pipeline on one document at a time.
// Each worker holds the next document too (DEPTH), so it never waits for the main thread
// between two documents (a round trip cost workers 12% of their time on short news).
// Workers start lazily (a run of two files starts at most two; with `growAfter`, a worker
// beyond the first only once the work done shows the run is worth it: see `wantsWorker`)
// and keeps it only if the run goes faster with it (ramp.ts),
// and a worker that dies (out of memory, a crash in a dependency) fails only the document
// it was on; the one it held next goes back in the queue. Ordering and back-pressure are
// the caller's: see `inOrder`.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';
import { freeCore, idleCores, idleSample, MIN_SPAN, rate, verdict, type IdleSample, type Mark } from './ramp.js';

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
 * once the run has done several times that much and still has work waiting (work done so
 * far is the best guess of work to come: the inputs are a stream); a smaller run never starts
 * one, and so runs exactly as with one job. At 1_000_000, a run of 1 MB of news (2.6 million
 * of work with its 800 documents) tried a second worker with a third of its work left, and
 * the default --jobs ran 0.72-0.95x as fast as -j 1 on a machine where two processes gained nothing.
 */
export const GROW_AFTER = 3_000_000;

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
  /** a worker is on trial, or one was retired: start no other */
  held?: boolean;
}

/** Whether to start one more worker: a job waits, there is room, and the run has done enough work for one more. */
export function wantsWorker(s: PoolState): boolean {
  if (s.waiting === 0 || s.workers >= s.size || s.held) return false;
  return s.workers === 0 || s.done >= s.growAfter * s.workers;
}

interface Task {
  job: Job;
  done: (r: JobResult) => void;
}

/** What the pool reads of the world, replaceable in tests: seconds, and the machine's idle time. */
export interface PoolClock {
  now: () => number;
  idle: (at: number) => IdleSample | null;
}
const realClock: PoolClock = { now: () => performance.now() / 1000, idle: idleSample };

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
  /** the start of the throughput measured without the newest worker: the first result, or the end of the last trial */
  private base: Mark | null = null;
  /** the machine's idle time when the current window began */
  private idleFrom: IdleSample | null = null;
  /** the worker on trial: the throughput before it, and the mark of its first result */
  private trial: { worker: Worker; before: number; from: Mark | null } | null = null;
  /** workers no longer fed (their trial failed); each stops once its last job is done */
  private readonly retired = new Set<Worker>();
  /** a trial failed: the run keeps the workers it has */
  private settled = false;

  /**
   * @param growAfter work done before each worker beyond the first (see `GROW_AFTER`);
   *   0 starts a worker for each job that waits, up to `size`
   */
  constructor(
    readonly size: number,
    private readonly settings: JobSettings,
    private readonly script: URL = WORKER,
    private readonly growAfter = 0,
    private readonly clock: PoolClock = realClock,
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
    for (const [w, tasks] of this.running) if (!this.retired.has(w) && tasks.length < (best ? this.running.get(best)!.length : DEPTH)) best = w;
    if (best && this.running.get(best)!.length === 0) return best;
    const held = this.settled || this.trial !== null;
    const state = { workers: this.workers.size, size: this.size, waiting: this.queue.length, done: this.done, growAfter: this.growAfter, held };
    if (wantsWorker(state) && this.mayTry()) {
      const worker = this.spawn();
      if (this.growAfter > 0 && this.base) this.trial = { worker, before: rate(this.base, this.mark()), from: null };
      return worker;
    }
    return best;
  }

  private mark(): Mark {
    return { at: this.clock.now(), done: this.done };
  }

  /**
   * With growAfter, whether to try one more worker now: the run has gone long enough to
   * measure, and a core was idle meanwhile (else the next window is measured). The first
   * worker, and every one without growAfter, is started at once.
   */
  private mayTry(): boolean {
    if (this.growAfter === 0 || this.workers.size === 0) return true;
    if (!this.base) return false;
    const now = this.clock.now();
    if (now - this.base.at < MIN_SPAN || (this.idleFrom && now - this.idleFrom.at < MIN_SPAN)) return false;
    const sample = this.clock.idle(now);
    if (freeCore(idleCores(this.idleFrom, sample))) return true;
    this.idleFrom = sample;
    return false;
  }

  /** After each result: opens the first window, and judges the worker on trial. */
  private measure(from: Worker): void {
    if (this.growAfter === 0) return;
    const now = this.mark();
    if (!this.base) {
      this.base = now;
      this.idleFrom = this.clock.idle(now.at);
    }
    const trial = this.trial;
    if (!trial) return;
    if (!trial.from) {
      if (from === trial.worker) trial.from = now;
      return;
    }
    const v = verdict(trial.before, trial.from, now);
    if (v === 'wait') return;
    this.trial = null;
    if (v === 'keep') {
      this.base = now;
      this.idleFrom = this.clock.idle(now.at);
      return;
    }
    this.settled = true;
    this.retired.add(trial.worker);
    this.retire(trial.worker);
  }

  /** Stops a retired worker once it has nothing left to do. */
  private retire(worker: Worker): void {
    if (!this.retired.has(worker) || (this.running.get(worker)?.length ?? 0) > 0) return;
    this.workers.delete(worker);
    this.running.delete(worker);
    void worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.settings });
    this.started++;
    this.workers.add(worker);
    this.running.set(worker, []);
    worker.on('message', (r: JobResult) => {
      this.done += ('work' in r ? (r.work ?? 0) : 0) + WORK_PER_DOCUMENT;
      const task = this.running.get(worker)?.shift();
      this.measure(worker);
      this.retire(worker);
      task?.done(r);
      this.pump();
    });
    const lost = (why: string) => {
      if (!this.workers.delete(worker)) return;
      // a worker that dies on trial ends the trial: the run keeps the others
      if (this.trial?.worker === worker) [this.trial, this.settled] = [null, true];
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

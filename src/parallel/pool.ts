// A small pool of worker threads, each running the whole pipeline on one document at a time.
// Each worker holds the next document too (DEPTH), so it never waits for the main thread
// between two documents (a round trip cost workers 12% of their time on short news).
// Workers start lazily (a run of two files starts at most two) and a worker that dies (out
// of memory, a crash in a dependency) fails only the document it was on; the one it held
// next goes back in the queue. Ordering and back-pressure are the caller's: see `inOrder`.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';

/** Documents sent to a worker at once: the one it is on and the next. */
const DEPTH = 2;

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

  constructor(
    readonly size: number,
    private readonly settings: JobSettings,
    private readonly script: URL = WORKER,
  ) {
    if (!(size >= 1)) throw new RangeError(`pool size must be at least 1, got ${size}`);
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

  /** An idle worker, else a new one while there is room, else one with room in its queue. */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const [w, tasks] of this.running) if (tasks.length < (best ? this.running.get(best)!.length : DEPTH)) best = w;
    if (best && this.running.get(best)!.length === 0) return best;
    if (this.workers.size < this.size) return this.spawn();
    return best;
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.settings });
    this.workers.add(worker);
    this.running.set(worker, []);
    worker.on('message', (r: JobResult) => {
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

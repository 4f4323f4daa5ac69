// When the default --jobs adds a worker, and whether it keeps it: decided from what the run
// itself measures, never from the number of cores alone. On a shared two-core machine two
// separate processes ran 0.79-0.87x as fast as one (the cores were busy with other work, or
// the two threads starved each other of memory bandwidth), so a second worker can cost its
// start-up and gain nothing. The pool starts one more only when the run is large, a core is
// idle, and no trial is under way; then it compares the run's throughput before and after,
// and retires the worker that did not pay. Pure functions of the pool's measurements.
import { cpus } from 'node:os';

/** Work done at a moment: characters analysed plus WORK_PER_DOCUMENT a document (see pool.ts). */
export interface Mark {
  /** seconds, from any fixed origin */
  at: number;
  done: number;
}

/** The idle CPU time of every core, in seconds, and when it was read. */
export interface IdleSample {
  at: number;
  idle: number;
}

/** Reads the machine's idle time (null where the platform does not say). */
export function idleSample(at: number): IdleSample | null {
  const list = cpus();
  if (list.length === 0) return null;
  let idle = 0;
  for (const c of list) idle += c.times.idle;
  return { at, idle: idle / 1000 };
}

/** Cores idle on average between two samples (null: unknown, or too short a span to say). */
export function idleCores(from: IdleSample | null, to: IdleSample | null): number | null {
  if (!from || !to || to.at - from.at < MIN_SPAN) return null;
  return (to.idle - from.idle) / (to.at - from.at);
}

/** The shortest span a rate or an idle share is measured over, in seconds (the clock ticks of /proc/stat are 10 ms). */
export const MIN_SPAN = 0.5;

/** A new worker stays when the run goes at least this much faster with it. */
export const MIN_GAIN = 0.15;

/**
 * How long the throughput with the new worker is measured, in seconds from its first result
 * (a worker's first documents are slower: its caches are cold, the other's are warm).
 */
export const TRIAL_SECONDS = 2;

/** A core counts as free when at least this share of one was idle while the run went on. */
export const FREE_CORE = 0.6;

/** Whether the measured idle time leaves a core for one more worker (unknown: assume so). */
export const freeCore = (idle: number | null): boolean => idle === null || idle >= FREE_CORE;

/** Work a second between two marks (0 when they are too close to say). */
export function rate(from: Mark, to: Mark): number {
  const seconds = to.at - from.at;
  return seconds >= MIN_SPAN ? (to.done - from.done) / seconds : 0;
}

export type Verdict = 'wait' | 'keep' | 'retire';

/**
 * What to do with a worker on trial: `before` is the throughput without it (work a second,
 * 0: not measured), `from` the first result of the new worker, `now` the latest result.
 */
export function verdict(before: number, from: Mark, now: Mark): Verdict {
  if (now.at - from.at < TRIAL_SECONDS) return 'wait';
  if (!(before > 0)) return 'keep';
  return rate(from, now) >= before * (1 + MIN_GAIN) ? 'keep' : 'retire';
}

import { describe, expect, it } from 'vitest';
import { freeCore, idleCores, MIN_GAIN, rate, TRIAL_SECONDS, verdict, type Mark } from '../../src/parallel/ramp.js';

// the default --jobs's decisions, from synthetic measurements (seconds and work units)
const mark = (at: number, done: number): Mark => ({ at, done });

describe('the throughput between two marks', () => {
  it.each([
    [mark(0, 0), mark(2, 1_000), 500],
    [mark(1, 500), mark(1.5, 1_000), 1_000],
    // too short a span to say
    [mark(1, 500), mark(1.2, 1_000), 0],
  ])('%o to %o: %d a second', (from, to, expected) => expect(rate(from, to)).toBe(expected));
});

describe('the verdict on a worker on trial', () => {
  const from = mark(10, 5_000);
  it.each([
    // measured too briefly yet
    [500, mark(10 + TRIAL_SECONDS - 0.1, 9_000), 'wait'],
    // twice the throughput before: two cores really work at once
    [500, mark(12, 7_000), 'keep'],
    // just the gain asked for
    [500, mark(12, 5_000 + 2 * 500 * (1 + MIN_GAIN)), 'keep'],
    // as fast as one worker, or slower: the cores are busy elsewhere, or the threads starve each other
    [500, mark(12, 6_000), 'retire'],
    [500, mark(12, 5_800), 'retire'],
    [500, mark(12, 6_100), 'retire'],
    // nothing measured before it: it stays
    [0, mark(12, 5_100), 'keep'],
  ] as const)('before %d a second, now %o: %s', (before, now, expected) => expect(verdict(before, from, now)).toBe(expected));
});

describe('whether a core is free for one more worker', () => {
  it.each([
    // two cores, one busy with the first worker, the other idle
    [{ at: 0, idle: 100 }, { at: 2, idle: 101.9 }, true],
    // the other core busy with someone else's work
    [{ at: 0, idle: 100 }, { at: 2, idle: 100.4 }, false],
    // a span too short to measure, or a platform that does not say: assume free
    [{ at: 0, idle: 100 }, { at: 0.1, idle: 100 }, true],
    [null, { at: 2, idle: 100 }, true],
  ] as const)('idle %o to %o: %s', (from, to, expected) => expect(freeCore(idleCores(from, to))).toBe(expected));
});

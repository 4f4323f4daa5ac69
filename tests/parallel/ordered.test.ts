// inOrder: results in input order, at most `limit` in flight, the next item not read while
// the window is full, early results handed out as soon as everything before them is done.
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/parallel/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* counting(n: number, log: string[]): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    log.push(`read ${i}`);
    yield i;
  }
}

describe('inOrder', () => {
  it('yields results in input order whatever order they finish in', async () => {
    const out: number[] = [];
    for await (const r of inOrder(counting(20, []), async (i) => (await sleep((i * 7) % 5), i * 10), 4)) out.push(r);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
  });

  it('keeps at most `limit` in flight, and reads no item beyond them', async () => {
    let inFlight = 0;
    let most = 0;
    const log: string[] = [];
    for await (const r of inOrder(counting(30, log), async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep(1);
      inFlight--;
      return i;
    }, 3)) {
      log.push(`out ${r}`);
    }
    expect(most).toBe(3);
    // item k+3 is never read before result k is out (the window holds results not yet handed
    // out: it was checked with a slack of four log lines, which let a read come before)
    for (let k = 0; k + 3 < 30; k++) expect(log.indexOf(`read ${k + 3}`)).toBeGreaterThan(log.indexOf(`out ${k}`));
    expect(log.filter((l) => l.startsWith('out'))).toHaveLength(30);
  });

  it('hands out a finished result without waiting for the input to go on', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      await gate; // the producer waits (a slow pipe)
      yield 2;
    }
    const it = inOrder(slow(), async (i) => i, 8)[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ value: 1, done: false });
    release();
    expect(await it.next()).toEqual({ value: 2, done: false });
    expect((await it.next()).done).toBe(true);
  });

  it('stops when the signal is aborted, and closes the input', async () => {
    const ac = new AbortController();
    let closed = false;
    async function* endless(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    const out: number[] = [];
    for await (const r of inOrder(endless(), async (i) => i, 2, ac.signal)) {
      out.push(r);
      if (r === 5) ac.abort();
    }
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(closed).toBe(true);
  });
});

// Runs work on a stream of items with at most `limit` in flight, and yields the results in
// the order of the items, each as soon as it and every one before it are done. Memory is
// bounded by `limit` items and results, whatever the length of the stream (back-pressure:
// the next item is not even read while `limit` are in flight).

interface Entry<R> {
  done: boolean;
  value?: R;
  settled: Promise<void>;
}

export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  limit: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const source = items[Symbol.asyncIterator]();
  const queue: Entry<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let ended = false;
  const aborted = new Promise<'abort'>((resolve) => {
    if (signal?.aborted) resolve('abort');
    signal?.addEventListener('abort', () => resolve('abort'), { once: true });
  });
  try {
    while (!ended || queue.length > 0) {
      if (signal?.aborted) return;
      // hand back every finished result at the head, in order
      while (queue.length > 0 && queue[0]!.done) yield queue.shift()!.value as R;
      if (signal?.aborted) return;
      if (ended && queue.length === 0) break;
      const waits: Promise<unknown>[] = [aborted];
      if (queue.length > 0) waits.push(queue[0]!.settled);
      if (!ended && queue.length < limit) {
        next ??= source.next();
        waits.push(next.then((r) => ({ item: r })));
      }
      const got = (await Promise.race(waits)) as { item?: IteratorResult<T> } | 'abort' | undefined;
      if (got === 'abort') return;
      if (got && typeof got === 'object' && 'item' in got) {
        next = null;
        if (got.item!.done) ended = true;
        else {
          const entry: Entry<R> = { done: false, settled: Promise.resolve() };
          entry.settled = work(got.item!.value).then((v) => {
            entry.done = true;
            entry.value = v;
          });
          queue.push(entry);
        }
      }
    }
  } finally {
    if (!ended) await source.return?.();
  }
}

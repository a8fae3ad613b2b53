/**
 * Runs `work` over a source with at most `limit` items in flight, yielding results in the source's
 * order; the source is pulled only as fast as results are taken, so memory stays bounded.
 * `work` must not throw: failures are results too.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
  /** Checked before each new item is taken: true stops taking more (what is in flight still finishes). */
  stop: () => boolean = () => false,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    while (true) {
      while (!exhausted && pending.length < limit && !stop()) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else pending.push(work(next.value));
      }
      const head = pending.shift();
      if (!head) return; // nothing in flight: the source is done, or we were told to stop
      yield await head;
    }
  } finally {
    // A consumer that stops early (closed pipe, interrupt) still waits for work in flight.
    await Promise.allSettled(pending);
    if (!exhausted) await iterator.return?.();
  }
}

/**
 * Keeps the events of an iterator that match `keep` and maps them with `map`. Hand-written, not an
 * async generator: a generator suspended in `await next()` would run `return()` only after the next
 * event, keeping the listener of an unsubscribed client alive (see `createTopicIterator`).
 */
export function filterEvents<T, R = T>(
  source: AsyncIterableIterator<T>,
  keep: (event: T) => boolean,
  map: (event: T) => R = (event) => event as unknown as R,
): AsyncIterableIterator<R> {
  const done = (): IteratorResult<R> => ({ value: undefined, done: true });
  return {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done) return done();
        if (keep(result.value)) return { value: map(result.value), done: false };
      }
    },
    async return() {
      await source.return?.();
      return done();
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

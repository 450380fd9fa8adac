/**
 * An async iterator fed by `push`, for GraphQL subscriptions. Hand-written rather than an async
 * generator over `events.on`, because a generator's `return()` waits for the next event before it
 * runs, so an unsubscribed client would hold its listener until something else happened.
 */
export function createTopicIterator<T>(
  subscribe: (push: (value: T) => void) => () => void,
  maxQueued = 1000,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: Array<(result: IteratorResult<T>) => void> = [];
  let done = false;

  const unsubscribe = subscribe((value) => {
    if (done) return;
    const next = waiting.shift();
    if (next) next({ value, done: false });
    else if (queue.length < maxQueued) queue.push(value);
  });

  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      unsubscribe();
      queue.length = 0;
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  };

  return {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw(error: unknown) {
      void finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

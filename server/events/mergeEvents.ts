import { createTopicIterator } from './topicIterator';

/** One stream of {@link mergeEvents}, its event type hidden: see {@link eventSource}. */
export interface EventSource<R> {
  /** Pushes the kept events, mapped, until the stream ends or `open()` turns false. */
  pump(push: (result: R) => void, open: () => boolean): Promise<void>;
  close(): void;
}

/** A stream of events of which those that `keep` (sync or async) are mapped to `R`. */
export function eventSource<T, R>(
  events: AsyncIterableIterator<T>,
  keep: (event: T) => boolean | Promise<boolean>,
  map: (event: T) => R,
): EventSource<R> {
  return {
    async pump(push, open) {
      for (;;) {
        const result = await events.next();
        if (result.done || !open()) return;
        if (await keep(result.value)) push(map(result.value));
      }
    },
    close() {
      void events.return?.();
    },
  };
}

/**
 * Several event streams as one, for a subscription that follows more than one topic. At most
 * `maxQueued` results wait for a slow reader (1: a signal "recompute" needs no second copy queued).
 * Returning the merged iterator returns every source at once (see `createTopicIterator`).
 */
export function mergeEvents<R>(
  sources: ReadonlyArray<EventSource<R>>,
  maxQueued = 1000,
): AsyncIterableIterator<R> {
  return createTopicIterator<R>((push) => {
    let open = true;
    // A source that fails (its topic iterator threw) ends; the others go on.
    for (const source of sources) void source.pump(push, () => open).catch(() => undefined);
    return () => {
      open = false;
      for (const source of sources) source.close();
    };
  }, maxQueued);
}

/** Topic of initiative changes on the PubSub. */
export const INITIATIVE_CHANGED_TOPIC = 'initiative.changed';

/** What changed about an initiative. */
export type InitiativeChangeKind = 'CREATED' | 'UPDATED' | 'STATUS' | 'ROLLOUT' | 'BENEFIT';

/**
 * The JSON payload published on {@link INITIATIVE_CHANGED_TOPIC}: ids only, so it crosses Redis
 * unchanged; subscribers resolve the initiative through their own loaders (and permissions).
 */
export interface InitiativeChangedPayload {
  kind: InitiativeChangeKind;
  initiativeId: string;
  municipalityId: string | null;
}

/**
 * Filters and maps a topic iterator without an async generator: a generator suspended in
 * `await next()` would run `return()` only after the next event, keeping the listener of an
 * unsubscribed client alive (see `createTopicIterator`).
 */
export function filterEvents<T, R>(
  source: AsyncIterableIterator<T>,
  keep: (value: T) => boolean,
  map: (value: T) => R,
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

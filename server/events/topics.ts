/** Published after an adoption record is written; subscribers resolve the record by id. */
export const ADOPTION_CHANGED = 'adoptionChanged';

/** Published per new notification; only its addressee's subscription delivers it. */
export const NOTIFICATION_ADDED = 'notificationAdded';

/** Payload of {@link ADOPTION_CHANGED}: ids only, so it crosses processes as JSON. */
export interface AdoptionChangedEvent {
  adoptionId: string;
  municipalityId: string;
  standardId: string;
}

/** Payload of {@link NOTIFICATION_ADDED}. */
export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
}

/**
 * Keeps the events of an iterator that match `keep`. Hand-written like the topic iterator, so that
 * `return()` unsubscribes at once instead of waiting for the next event.
 */
export function filterEvents<T>(
  source: AsyncIterableIterator<T>,
  keep: (event: T) => boolean,
): AsyncIterableIterator<T> {
  return {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    return: () => source.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    throw: (error: unknown) => source.throw?.(error) ?? Promise.reject(error as Error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

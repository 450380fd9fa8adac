/**
 * Memoises `read` per event object: the PubSub hands every subscriber in a process the same event
 * object, so a fan-out to 200 subscribers reads the record once (with the first subscriber's
 * context; the read is of ids in the event, not of anything the viewer decides). Held weakly: an
 * event that every subscriber delivered leaves the cache with it.
 */
export function oncePerEvent<E extends object, C, R>(
  read: (event: E, ctx: C) => Promise<R>,
): (event: E, ctx: C) => Promise<R> {
  const reads = new WeakMap<E, Promise<R>>();
  return (event, ctx) => {
    let result = reads.get(event);
    if (!result) {
      result = read(event, ctx);
      reads.set(event, result);
    }
    return result;
  };
}

/**
 * Runs work for one key at a time within this process. FerretDB 1.x applies an update by reading
 * and then writing the document outside one transaction, so two concurrent updates of one record
 * can lose one of them (MongoDB applies each atomically); queueing writes per record here keeps
 * the embedded database from losing reports.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` after every earlier call with the same `key` has settled. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(work);
    this.tails.set(key, current);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === current) this.tails.delete(key);
    }
  }

  /**
   * Runs `work` while holding every key of `keys`, taken one by one in sorted order so two callers
   * with overlapping keys never wait for each other in a circle.
   */
  async runAll<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const hold = (index: number): Promise<T> =>
      index === sorted.length ? work() : this.run(sorted[index]!, () => hold(index + 1));
    return hold(0);
  }
}

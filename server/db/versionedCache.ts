import type { DataVersions } from './dataVersion';

/** Most entries kept; past it the cache starts over (keys are page queries of small collections). */
const MAX_ENTRIES = 1000;

/**
 * Results of reads of hot reference data (standards, municipalities), kept in memory and tagged
 * with the versions of the collections they read (see server/db/dataVersion.ts). A read passes
 * the versions its request read once, and reuses the entry while they are unchanged, so a write in any process is seen by the next request everywhere. Entries
 * must be treated as read-only by callers.
 */
export class VersionedCache {
  private readonly entries = new Map<string, { stamp: string; value: Promise<unknown> }>();

  /** The value of `load()` for `key`, reused while the collections `reads` are unchanged. */
  get<T>(versions: DataVersions, reads: readonly string[], key: string, load: () => Promise<T>): Promise<T> {
    return this.getAt(reads.map((name) => versions.get(name) ?? 0).join('|'), key, load);
  }

  /** The value of `load()` for `key`, reused while `stamp` (what it was read from) is unchanged. */
  getAt<T>(stamp: string, key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry?.stamp === stamp) return entry.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const value = load();
    this.entries.set(key, { stamp, value });
    // A failed read must not be served again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}

import type { Runtime } from '../runtime';
import { SharedDocument } from './document';
import type { Fanout } from './fanout';
import type { CollabLimits } from './limits';

/**
 * The documents this process holds. A document loads on first use (socket or GraphQL) and leaves
 * memory once its last holder is gone and its log, projection and attribution are stored.
 */
export class DocumentRegistry {
  private readonly documents = new Map<string, Promise<SharedDocument>>();
  /** Unloads under way: a shutdown waits for them, so none is cut off by the database closing. */
  private readonly unloading = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly runtime: Runtime,
    private readonly fanout: Fanout,
    private readonly waitBeforeRetry?: CollabLimits['waitBeforeRetry'],
  ) {}

  /** True once {@link close} began: new documents are refused. */
  get closing(): boolean {
    return this.closed;
  }

  /** Loads (or finds) a document and holds it until {@link release}. */
  async acquire(name: string): Promise<SharedDocument> {
    for (;;) {
      if (this.closed) throw new Error('the co-editing server is shutting down');
      let loading = this.documents.get(name);
      if (!loading) {
        const shared = new SharedDocument(name, this.runtime, this.fanout, this.waitBeforeRetry);
        loading = shared.load().then(() => shared);
        this.documents.set(name, loading);
        loading.catch(() => this.documents.delete(name));
      }
      const shared = await loading;
      // An unload may have finished while this waited: holding that copy would take edits into a
      // destroyed document. It was stored first, so load it afresh.
      if (this.documents.get(name) !== loading) continue;
      shared.holders++;
      return shared;
    }
  }

  /** Drops one hold; the last one flushes and unloads the document. */
  release(shared: SharedDocument): void {
    shared.holders--;
    if (shared.holders > 0) return;
    const unload = this.unloadWhenIdle(shared);
    this.unloading.add(unload);
    void unload.finally(() => this.unloading.delete(unload));
  }

  /** Runs `work` with the document held, releasing it afterwards. */
  async with<T>(name: string, work: (shared: SharedDocument) => Promise<T> | T): Promise<T> {
    const shared = await this.acquire(name);
    try {
      return await work(shared);
    } finally {
      this.release(shared);
    }
  }

  /** Names of the documents in memory (for tests and diagnostics). */
  loadedNames(): string[] {
    return [...this.documents.keys()];
  }

  private async unloadWhenIdle(shared: SharedDocument): Promise<void> {
    try {
      // Folding the log now keeps the next first sync to one snapshot, sent as it is stored.
      await shared.settle();
    } catch (error) {
      this.runtime.logger.error(
        { err: (error as Error).message, docName: shared.name },
        'flush before unload failed',
      );
      return;
    }
    // Someone may have picked it up again while we were flushing.
    if (shared.holders > 0 || shared.flushing) return;
    if (this.documents.get(shared.name) === undefined) return;
    this.documents.delete(shared.name);
    shared.destroy();
  }

  /** Stores and folds every document (graceful shutdown); refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.unloading]);
    const all = await Promise.allSettled([...this.documents.values()]);
    for (const result of all) {
      if (result.status === 'fulfilled') {
        await result.value
          .settle()
          .catch((error: Error) =>
            this.runtime.logger.error(
              { err: error.message, docName: result.value.name },
              'document not stored at shutdown',
            ),
          );
        result.value.destroy();
      }
    }
    this.documents.clear();
  }
}

import { Types } from 'mongoose';
import * as Y from 'yjs';
import type { Models } from '../db/models';
import type { Logger } from '../logger';
import { storeRetryDelayMs } from './limits';

/**
 * Why 10 ms: updates are relayed before they are stored, and the brief is "stored within 100 ms of
 * arrival"; a short delay merges a burst of keystrokes into one record without eating that budget.
 */
const BATCH_DELAY_MS = 10;

/**
 * Appends one document's updates to the update log in batches: the updates queued while a write is
 * pending (or during {@link BATCH_DELAY_MS}) are merged into one record. One write in flight at a
 * time keeps the log in arrival order.
 */
export class UpdateLog {
  private queue: Uint8Array[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  /** Consecutive failed writes: the backoff grows with them. */
  private failures = 0;

  constructor(
    private readonly models: Models,
    private readonly docName: string,
    private readonly logger: Logger,
    private readonly onAppended: () => void,
  ) {}

  /** Queues an update; it is written within about {@link BATCH_DELAY_MS} (plus a write in flight). */
  append(update: Uint8Array): void {
    this.queue.push(update);
    if (!this.timer && !this.writing) this.timer = setTimeout(() => void this.drain(), BATCH_DELAY_MS);
  }

  /** True while updates wait or are being written. */
  get pending(): boolean {
    return this.queue.length > 0 || this.writing !== undefined;
  }

  /** Writes everything queued; resolves when the log holds every update appended before the call. */
  async flush(): Promise<void> {
    while (this.pending) {
      if (this.writing) await this.writing;
      else await this.drain();
    }
  }

  private async drain(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing || this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    this.writing = this.write(batch);
    try {
      await this.writing;
    } finally {
      this.writing = undefined;
    }
    if (this.queue.length > 0) void this.drain();
  }

  private async write(batch: Uint8Array[]): Promise<void> {
    const update = batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch);
    for (;;) {
      try {
        // The driver's insert, not a mongoose document: this runs next to relaying on every batch.
        await this.models.CollabUpdate.collection.insertOne({
          _id: new Types.ObjectId(),
          docName: this.docName,
          update: Buffer.from(update),
        });
        this.failures = 0;
        this.onAppended();
        return;
      } catch (error) {
        // Keep the batch and retry with backoff: a database outage must not drop edits (the
        // document stays in memory meanwhile), nor turn into a storm of writes.
        this.failures++;
        this.logger.error(
          { err: (error as Error).message, docName: this.docName, attempt: this.failures },
          'update log write failed',
        );
        await new Promise((resolve) => setTimeout(resolve, storeRetryDelayMs(this.failures)));
      }
    }
  }
}

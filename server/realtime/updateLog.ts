import { Types } from 'mongoose';
import { appendRecord, type LoggedRecord } from '../db/collabStore';
import type { Models } from '../db/models';
import type { Logger } from '../logger';
import { updateLogLag } from '../observability/metrics';
import { DEFAULT_COLLAB_LIMITS, storeRetryDelayMs, type CollabLimits } from './limits';

/** An update is stored within this long of its arrival (it is relayed before that). */
export const STORE_WITHIN_MS = 100;

/**
 * The longest an update waits for companions before its batch is written. Why 50 ms: every write
 * costs the server and the database a burst of work that delays the edits relayed meanwhile; at
 * 10 ms, continuous typing meant 100 writes a second and measurably slower relaying (bench:
 * collab.propagation), while 50 ms still leaves half of {@link STORE_WITHIN_MS} for the write.
 */
const MAX_BATCH_DELAY_MS = 50;

/** Margin kept for timer and scheduling jitter inside {@link STORE_WITHIN_MS}. */
const JITTER_MARGIN_MS = 20;

/**
 * How long to gather a batch when recent writes took up to `slowWriteMs`: an update may wait the
 * delay and then its own write, or a write in flight and then its own, so the delay shrinks as the
 * database slows down, to keep {@link STORE_WITHIN_MS} (down to no delay at all).
 */
export function batchDelayMs(slowWriteMs: number): number {
  return Math.max(0, Math.min(MAX_BATCH_DELAY_MS, STORE_WITHIN_MS - JITTER_MARGIN_MS - 2 * slowWriteMs));
}

/**
 * The most update bytes one record takes; the rest waits for the next write. Why 8 MiB: a record
 * must stay under MongoDB's 16 MB document limit, and updates pile up while the database is slow.
 */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/** How fast the remembered slowest write fades, per write (a slow spell is forgotten in ~20 writes). */
const SLOW_WRITE_DECAY = 0.9;

/**
 * Appends one document's updates to the update log in batches: the updates queued while a write is
 * pending (or during {@link batchDelayMs}) go into one record, as they are. Merging them here
 * (`Y.mergeUpdates`, about 8 µs an update) held up relaying by milliseconds per busy batch;
 * compaction merges them later. One write in flight at a time keeps the log in arrival order.
 */
export class UpdateLog {
  private queue: Uint8Array[] = [];
  /** When the oldest queued update arrived (performance.now()), for the lag metric. */
  private queuedSince = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  /** Consecutive failed writes: the backoff grows with them. */
  private failures = 0;
  /** The slowest recent write (ms), fading with every write. */
  private slowWriteMs = 0;

  constructor(
    private readonly models: Models,
    private readonly docName: string,
    private readonly logger: Logger,
    /** Told of each record written, and how many updates it holds. */
    private readonly onAppended: (record: LoggedRecord) => void,
    private readonly waitBeforeRetry: CollabLimits['waitBeforeRetry'] = DEFAULT_COLLAB_LIMITS.waitBeforeRetry,
  ) {}

  /** Queues an update; it is stored within {@link STORE_WITHIN_MS} while the database keeps up. */
  append(update: Uint8Array): void {
    if (this.queue.length === 0) this.queuedSince = performance.now();
    this.queue.push(update);
    if (!this.timer && !this.writing) this.scheduleDrain();
  }

  /**
   * Writes the queue once its oldest update has waited {@link batchDelayMs}. Also after a write:
   * updates that queued behind it wait out the rest of their delay rather than going at once, or
   * continuous typing would keep one write after another in flight, each a burst of work for the
   * server and the database that delays the edits relayed meanwhile (bench: collab.propagation).
   * An update then waits at most its delay and the write in flight, then its own write.
   */
  private scheduleDrain(): void {
    const waited = performance.now() - this.queuedSince;
    this.timer = setTimeout(() => void this.drain(), Math.max(0, batchDelayMs(this.slowWriteMs) - waited));
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
    const arrivedAt = this.queuedSince;
    const batch = this.takeBatch();
    // Updates left over (past MAX_RECORD_BYTES) keep this arrival time: their lag is not understated.
    this.writing = this.write(batch, arrivedAt);
    try {
      await this.writing;
    } finally {
      this.writing = undefined;
    }
    if (this.queue.length > 0 && !this.timer) this.scheduleDrain();
  }

  /** The oldest queued updates up to {@link MAX_RECORD_BYTES} (at least one). */
  private takeBatch(): Uint8Array[] {
    let bytes = 0;
    let count = 0;
    for (const update of this.queue) {
      if (count > 0 && bytes + update.byteLength > MAX_RECORD_BYTES) break;
      bytes += update.byteLength;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private async write(batch: Uint8Array[], arrivedAt: number): Promise<void> {
    for (;;) {
      try {
        const started = performance.now();
        const id = new Types.ObjectId();
        await appendRecord(this.models, id, this.docName, batch);
        this.slowWriteMs = Math.max(performance.now() - started, this.slowWriteMs * SLOW_WRITE_DECAY);
        this.failures = 0;
        updateLogLag.observe((performance.now() - arrivedAt) / 1000);
        this.onAppended({ id, updates: batch.length });
        return;
      } catch (error) {
        // Keep the batch and retry with backoff: a database outage must not drop edits (the
        // document stays in memory meanwhile), nor turn into a storm of writes.
        this.failures++;
        this.logger.error(
          { err: (error as Error).message, docName: this.docName, attempt: this.failures },
          'update log write failed',
        );
        await this.waitBeforeRetry(storeRetryDelayMs(this.failures));
      }
    }
  }
}

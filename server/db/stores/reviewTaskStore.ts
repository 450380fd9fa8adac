import type { AnyBulkWriteOperation, Types } from 'mongoose';
import { bulkWriteInBatches } from '../bulkWrite';
import type { Models } from '../models';
import type { ReviewOutcome, ReviewTaskRecord } from '../models/ReviewTask';

/** The `_id` of the task of one municipality × standard. */
export function reviewTaskId(municipalityId: string, standardId: Types.ObjectId | string): string {
  return `${municipalityId}:${String(standardId)}`;
}

/**
 * Writes of review tasks. Publishing a version opens many tasks at once: each is addressed by its
 * `_id` (the one filter FerretDB 1.x pushes down), in bulk batches below FerretDB's 100-statement
 * hang.
 */
export class ReviewTaskStore {
  constructor(private readonly models: Models) {}

  /** Opens (or reopens, for the newer `version`) the task of each municipality on one standard. */
  async open(
    standardId: Types.ObjectId,
    municipalityIds: readonly string[],
    version: string,
    at: Date,
  ): Promise<void> {
    const operations: AnyBulkWriteOperation<ReviewTaskRecord>[] = municipalityIds.map((municipalityId) => ({
      updateOne: {
        filter: { _id: reviewTaskId(municipalityId, standardId) },
        update: {
          $set: {
            municipalityId,
            standardId,
            version,
            openedAt: at,
            closedAt: null,
            closedByUserId: null,
            outcome: null,
          },
        },
        upsert: true,
      },
    }));
    await bulkWriteInBatches(this.models.ReviewTask, operations);
  }

  /**
   * Closes the open task of one municipality × standard, if any; returns it as it was. Read and
   * written by `_id` alone: FerretDB 1.x pushes down no other filter, so `{ _id, closedAt: null }`
   * scanned every task ever opened, on every report. Two closes at once both close it (the later
   * time stands), which changes nothing anyone reads.
   */
  async close(
    municipalityId: string,
    standardId: Types.ObjectId,
    by: { userId: string; at: Date },
    outcome: ReviewOutcome,
  ): Promise<ReviewTaskRecord | null> {
    const _id = reviewTaskId(municipalityId, standardId);
    const task = await this.models.ReviewTask.findById(_id).lean<ReviewTaskRecord>().exec();
    if (!task || task.closedAt) return null;
    await this.models.ReviewTask.updateOne(
      { _id },
      { $set: { closedAt: by.at, closedByUserId: by.userId, outcome } },
    ).exec();
    return task;
  }

  /**
   * The `_id`s of every open task: read whole (FerretDB 1.x pushes down no filter but `_id`), once
   * per change of the review tasks' counter (see the request loaders), so a report need not read
   * its cell's task where none is open.
   */
  async openIds(): Promise<ReadonlySet<string>> {
    const open = await this.models.ReviewTask.find({ closedAt: null }, { _id: 1 })
      .lean<Array<{ _id: string }>>()
      .exec();
    return new Set(open.map((task) => task._id));
  }

  /** The open tasks of these municipalities, oldest first. */
  openOf(municipalityIds: readonly string[]): Promise<ReviewTaskRecord[]> {
    if (municipalityIds.length === 0) return Promise.resolve([]);
    return this.models.ReviewTask.find({ municipalityId: { $in: [...municipalityIds] }, closedAt: null })
      .sort({ openedAt: 1, _id: 1 })
      .lean<ReviewTaskRecord[]>()
      .exec();
  }
}

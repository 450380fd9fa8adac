import type { Model, Types, UpdateQuery } from 'mongoose';
import { KeyedLock } from '../keyedLock';

/** What a record needs for a compare-and-set: an id and a timestamp every write moves. */
interface Versioned {
  _id: Types.ObjectId;
  updatedAt?: Date;
}

/** The outcome of {@link RecordStore.change}. */
export type ChangeOutcome<T> =
  { status: 'changed'; before: T; after: T } | { status: 'notFound' } | { status: 'conflict' };

/**
 * Read-change-write of one record at a time, for aggregates whose commands compute a write from the
 * current state (a quick win's participants, a standard's versions). The write is a compare-and-set
 * on `updatedAt`, retried on the fresh record a few times; on FerretDB 1.x that compare-and-set is
 * itself read-then-write, so writes of one record also queue in this process (two processes on
 * FerretDB can still race; MongoDB is atomic).
 */
export class RecordStore<T extends Versioned> {
  private readonly locks = new KeyedLock();

  constructor(
    private readonly model: Model<T>,
    private readonly attempts = 3,
  ) {}

  /** Applies `compute(current)` as a `$set` (or the update it returns) to the record `id`. */
  change(
    id: string | Types.ObjectId,
    compute: (current: T) => Promise<UpdateQuery<T>> | UpdateQuery<T>,
  ): Promise<ChangeOutcome<T>> {
    return this.locks.run(String(id), async () => {
      for (let attempt = 0; attempt < this.attempts; attempt++) {
        const before = await this.model.findById(id).lean<T>().exec();
        if (!before) return { status: 'notFound' };
        const update = await compute(before);
        const after = await this.model
          .findOneAndUpdate({ _id: before._id, updatedAt: before.updatedAt } as never, update, {
            returnDocument: 'after',
            runValidators: true,
          })
          .lean<T>()
          .exec();
        if (after) return { status: 'changed', before, after };
      }
      return { status: 'conflict' };
    });
  }
}

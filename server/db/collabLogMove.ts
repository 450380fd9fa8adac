import { Types, type Connection, type mongo } from 'mongoose';
import { BULK_BATCH_SIZE } from './bulkWrite';
import { snapshotState } from './collabStore';
import type { Models } from './models';
import type { CollabSnapshotRecord } from './models/CollabSnapshot';

/** How one start moved the co-editing log out of the main database. */
export interface CollabLogMove {
  updates: number;
  snapshots: number;
}

/**
 * Moves a co-editing log kept in the main database (before it had a database of its own, see
 * `collabDatabaseName`) into its own, in batches, before documents are served. Nothing is ever
 * overwritten: update records are copied with their `_id`, and each old snapshot becomes one more
 * update record of its document (Yjs applies an update it already has as nothing), so a snapshot
 * written meanwhile in the new database keeps everything it holds. Each batch is copied before it
 * is deleted: a process killed half-way copies the rest at its next start, at worst with one
 * snapshot's state logged twice, which compaction folds away.
 */
export async function moveCollabLog(connection: Connection, models: Models): Promise<CollabLogMove> {
  const db = connection.db;
  // On MongoDB the main database is the log's own.
  if (!db || models.CollabUpdate.db.name === connection.name) return { updates: 0, snapshots: 0 };
  const names = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  const log = models.CollabUpdate.collection;
  const updates = names.has('collabUpdates')
    ? await moveInBatches(db.collection<{ _id: Types.ObjectId }>('collabUpdates'), (batch) =>
        log.bulkWrite(
          batch.map((record) => ({
            replaceOne: { filter: { _id: record._id }, replacement: record, upsert: true },
          })),
          { ordered: false },
        ),
      )
    : 0;
  const snapshots = names.has('collabSnapshots')
    ? await moveInBatches(db.collection<CollabSnapshotRecord>('collabSnapshots'), async (batch) =>
        log.insertMany(
          await Promise.all(
            batch.map(async (snapshot) => ({
              _id: new Types.ObjectId(),
              docName: snapshot._id,
              updates: [await snapshotState(snapshot)],
            })),
          ),
          { ordered: false },
        ),
      )
    : 0;
  return { updates, snapshots };
}

/** Copies `old` batch by batch, deleting each batch once copied, then drops it; returns how many moved. */
async function moveInBatches<T extends { _id: unknown }>(
  old: mongo.Collection<T>,
  copy: (batch: mongo.WithId<T>[]) => Promise<unknown>,
): Promise<number> {
  let moved = 0;
  for (let batch = await old.find({}).limit(BULK_BATCH_SIZE).toArray(); batch.length > 0;) {
    await copy(batch);
    await old.deleteMany({ _id: { $in: batch.map((record) => record._id) } } as mongo.Filter<T>);
    moved += batch.length;
    batch = await old.find({}).limit(BULK_BATCH_SIZE).toArray();
  }
  await old.drop();
  return moved;
}

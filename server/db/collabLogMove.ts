import { Types, type Connection } from 'mongoose';
import { BULK_BATCH_SIZE } from './bulkWrite';
import type { Models } from './models';

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
  const moved: CollabLogMove = { updates: 0, snapshots: 0 };
  // On MongoDB the main database is the log's own.
  if (!db || models.CollabUpdate.db.name === connection.name) return moved;
  const names = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  if (names.has('collabUpdates')) {
    const old = db.collection<{ _id: Types.ObjectId }>('collabUpdates');
    for (let batch = await old.find({}).limit(BULK_BATCH_SIZE).toArray(); batch.length > 0;) {
      await models.CollabUpdate.collection.bulkWrite(
        batch.map((record) => ({
          replaceOne: { filter: { _id: record._id }, replacement: record, upsert: true },
        })),
        { ordered: false },
      );
      await old.deleteMany({ _id: { $in: batch.map((record) => record._id) } });
      moved.updates += batch.length;
      batch = await old.find({}).limit(BULK_BATCH_SIZE).toArray();
    }
    await old.drop();
  }
  if (names.has('collabSnapshots')) {
    const old = db.collection<{ _id: string; state: unknown }>('collabSnapshots');
    for (let batch = await old.find({}).limit(BULK_BATCH_SIZE).toArray(); batch.length > 0;) {
      await models.CollabUpdate.collection.insertMany(
        batch.map((snapshot) => ({
          _id: new Types.ObjectId(),
          docName: snapshot._id,
          updates: [snapshot.state],
        })),
        { ordered: false },
      );
      await old.deleteMany({ _id: { $in: batch.map((snapshot) => snapshot._id) } });
      moved.snapshots += batch.length;
      batch = await old.find({}).limit(BULK_BATCH_SIZE).toArray();
    }
    await old.drop();
  }
  return moved;
}

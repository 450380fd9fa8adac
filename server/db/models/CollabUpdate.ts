import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The update log of co-edited documents: one record per flushed batch of Yjs updates, kept as they
 * arrived and in order, ordered by `_id` (an ObjectId made at flush time). Compaction folds
 * records into the snapshot. A batch is stored as one binary (`packed`: each update as lib0's
 * length-prefixed byte array, one after another): the database stores and returns one value, where
 * an array of a few hundred small binaries cost FerretDB 40% more work per write (see
 * `server/db/collabStore.ts`). Older records hold them as an array (`updates`), or one merged
 * update (`update`); both are still read.
 */
export const collabUpdateSchema = new Schema(
  {
    docName: { type: String, required: true, index: true },
    packed: { type: Buffer },
    updates: { type: [Buffer], default: undefined },
    update: { type: Buffer },
  },
  { versionKey: false },
);

/** A Buffer field as read with `.lean()`: a BSON Binary (or a Buffer). */
type StoredBytes = Buffer | { buffer: Uint8Array; position?: number };

/** An update-log record as read with `.lean()`. */
export interface CollabUpdateRecord {
  _id: Types.ObjectId;
  docName: string;
  packed?: StoredBytes;
  updates?: StoredBytes[];
  update?: StoredBytes;
}

/** The CollabUpdate model bound to one connection. */
export type CollabUpdateModel = Model<CollabUpdateRecord>;

/** Registers the CollabUpdate model on `connection`. */
export function collabUpdateModel(connection: Connection): CollabUpdateModel {
  return connection.model<CollabUpdateRecord>('CollabUpdate', collabUpdateSchema, 'collabUpdates');
}

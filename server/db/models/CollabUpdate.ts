import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The update log of co-edited documents: one record per flushed batch of Yjs updates, kept as they
 * arrived (`updates`, in order), ordered by `_id` (an ObjectId made at flush time). Compaction folds
 * records into the snapshot. Records written before batches were kept unmerged hold one merged
 * update in `update`; they are still read.
 */
export const collabUpdateSchema = new Schema(
  {
    docName: { type: String, required: true, index: true },
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
  updates?: StoredBytes[];
  update?: StoredBytes;
}

/** The CollabUpdate model bound to one connection. */
export type CollabUpdateModel = Model<CollabUpdateRecord>;

/** Registers the CollabUpdate model on `connection`. */
export function collabUpdateModel(connection: Connection): CollabUpdateModel {
  return connection.model<CollabUpdateRecord>('CollabUpdate', collabUpdateSchema, 'collabUpdates');
}

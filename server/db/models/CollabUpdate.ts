import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The update log of co-edited documents: one record per flushed batch of Yjs updates (merged),
 * ordered by `_id` (an ObjectId made at flush time). Compaction folds records into the snapshot.
 */
export const collabUpdateSchema = new Schema(
  {
    docName: { type: String, required: true, index: true },
    update: { type: Buffer, required: true },
  },
  { versionKey: false },
);

/** An update-log record as read with `.lean()`. */
export interface CollabUpdateRecord {
  _id: Types.ObjectId;
  docName: string;
  update: Buffer | { buffer: Uint8Array };
}

/** The CollabUpdate model bound to one connection. */
export type CollabUpdateModel = Model<CollabUpdateRecord>;

/** Registers the CollabUpdate model on `connection`. */
export function collabUpdateModel(connection: Connection): CollabUpdateModel {
  return connection.model<CollabUpdateRecord>('CollabUpdate', collabUpdateSchema, 'collabUpdates');
}

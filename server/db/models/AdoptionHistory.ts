import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { historyEntrySchema } from './Adoption';

/**
 * A chunk of the history of one adoption record: entries `n × HISTORY_CHUNK` up to the next, under
 * `_id` `<adoptionId>:<n>`. Addressed only by `_id` — the one filter FerretDB 1.x pushes down — so
 * filing an entry reads and writes one small document, and reading a history reads its chunks.
 */
export const adoptionHistorySchema = new Schema(
  {
    _id: { type: String, required: true },
    adoptionId: { type: Schema.Types.ObjectId, required: true },
    municipalityId: { type: String, required: true },
    standardId: { type: Schema.Types.ObjectId, required: true },
    entries: { type: [historyEntrySchema], default: [] },
  },
  { versionKey: false },
);

/** Entries per chunk: a chunk stays a few kB. */
export const HISTORY_CHUNK = 25;

/** A history chunk as read with `.lean()`. */
export type AdoptionHistoryChunk = InferSchemaType<typeof adoptionHistorySchema> & {
  _id: string;
  adoptionId: Types.ObjectId;
};

/** The AdoptionHistory model bound to one connection. */
export type AdoptionHistoryModel = Model<AdoptionHistoryChunk>;

/** Registers the AdoptionHistory model on `connection`. */
export function adoptionHistoryModel(connection: Connection): AdoptionHistoryModel {
  return connection.model<AdoptionHistoryChunk>('AdoptionHistory', adoptionHistorySchema, 'adoptionHistory');
}

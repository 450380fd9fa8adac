import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { historyEntrySchema } from './Adoption';

/**
 * Entries of the history of one adoption record, addressed only by `_id` — the one filter FerretDB
 * 1.x pushes down. Each entry is filed as a document of its own, entry number `n` under
 * `<adoptionId>:e<n>`, so filing one is a plain insert. Earlier versions filed entries in chunks of
 * {@link HISTORY_CHUNK}, `n × HISTORY_CHUNK` up to the next under `<adoptionId>:<n>`, growing each
 * by `$push`; those are read as they are (server/db/stores/adoptionHistory.ts).
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

/** Entries per chunk of the earlier layout. */
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

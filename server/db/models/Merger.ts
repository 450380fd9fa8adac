import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { MUNICIPALITIES_VERSION } from './Municipality';

/** Whether an ended municipality went whole into the successor, or was split over several. */
export const MERGER_TRANSITIONS = ['FULL', 'PART'] as const;

/**
 * A municipal reorganisation (herindeling), one record per ended municipality and receiving
 * municipality, as CBS lists them: a split municipality has one record per receiver.
 */
export const mergerSchema = new Schema(
  {
    effectiveDate: { type: String, required: true },
    endedId: { type: String, required: true, index: true },
    successorId: { type: String, required: true, index: true },
    transition: { type: String, enum: MERGER_TRANSITIONS, required: true, default: 'FULL' },
    successorIsNew: { type: Boolean, default: false },
    note: { type: String, default: null },
    sources: { type: String, default: null },
    recordedByUserId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, versionKey: false },
);
mergerSchema.index({ endedId: 1, successorId: 1 }, { unique: true });
bumpVersionOnWrite(mergerSchema, MUNICIPALITIES_VERSION);

/** A merger record as read with `.lean()`. */
export type MergerRecord = InferSchemaType<typeof mergerSchema> & {
  _id: Types.ObjectId;
  transition: (typeof MERGER_TRANSITIONS)[number];
};

/** The Merger model bound to one connection. */
export type MergerModel = Model<MergerRecord>;

/** Registers the Merger model on `connection`. */
export function mergerModel(connection: Connection): MergerModel {
  return connection.model<MergerRecord>('Merger', mergerSchema, 'mergers');
}

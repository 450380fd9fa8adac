import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** A samenwerkingsverband (e.g. Drechtsteden): municipalities that work as one. */
export const cooperationSchema = new Schema(
  {
    name: { type: String, required: true, unique: true, trim: true },
    memberIds: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false },
);

/** A cooperation as read with `.lean()`. */
export type CooperationRecord = InferSchemaType<typeof cooperationSchema> & {
  _id: Types.ObjectId;
  memberIds: string[];
};

/** The Cooperation model bound to one connection. */
export type CooperationModel = Model<CooperationRecord>;

/** Registers the Cooperation model on `connection`. */
export function cooperationModel(connection: Connection): CooperationModel {
  return connection.model<CooperationRecord>('Cooperation', cooperationSchema, 'cooperations');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { ACCOUNTS_VERSION } from './User';

const memberDetailSchema = new Schema(
  {
    municipalityId: { type: String, required: true },
    /** `lid`, or e.g. `dienstverlener`, `afnemer`, `financier`, as the source says. */
    role: { type: String, default: null },
    nameInSource: { type: String, default: null },
  },
  { _id: false },
);

const cooperationSourceSchema = new Schema(
  { url: { type: String, required: true }, title: { type: String, default: null } },
  { _id: false },
);

/**
 * A samenwerkingsverband (e.g. Drechtsteden): municipalities that work as one. `memberIds` is what
 * rights and scopes use; `members` adds each member's role as the source names it. A seeded
 * cooperation's member list is only as complete as its sources: `memberListPartial` says when not.
 */
export const cooperationSchema = new Schema(
  {
    name: { type: String, required: true, unique: true, trim: true },
    memberIds: { type: [String], default: [] },
    slug: { type: String, default: null },
    kind: { type: String, default: null },
    members: { type: [memberDetailSchema], default: [] },
    memberListPartial: { type: Boolean, default: false },
    note: { type: String, default: null },
    sources: { type: [cooperationSourceSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(cooperationSchema, ACCOUNTS_VERSION);

/** A cooperation as read with `.lean()`. */
export type CooperationRecord = InferSchemaType<typeof cooperationSchema> & {
  _id: Types.ObjectId;
  memberIds: string[];
};

/** One member's role as read with `.lean()`. */
export type CooperationMemberRecord = CooperationRecord['members'][number];

/** The Cooperation model bound to one connection. */
export type CooperationModel = Model<CooperationRecord>;

/** Registers the Cooperation model on `connection`. */
export function cooperationModel(connection: Connection): CooperationModel {
  return connection.model<CooperationRecord>('Cooperation', cooperationSchema, 'cooperations');
}

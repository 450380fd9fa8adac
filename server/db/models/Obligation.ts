import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { PROGRAMMES_VERSION } from './Programme';
import { COMPLIANCE_LEVELS } from './Standard';

/** Whom an obligation applies to: every municipality, a list, or the members of a cooperation. */
export const OBLIGATION_SCOPES = ['ALL', 'LIST', 'COOPERATION'] as const;

/** One of {@link OBLIGATION_SCOPES}. */
export type ObligationScope = (typeof OBLIGATION_SCOPES)[number];

/** A moved deadline: kept for good, so the programme page can show how far deadlines drifted. */
const deadlineChangeSchema = new Schema(
  {
    at: { type: Date, required: true },
    oldDeadline: { type: String, default: null },
    newDeadline: { type: String, default: null },
    reason: { type: String, required: true },
    /** Who decided (a body or person, as given), not who typed it in. */
    decidedBy: { type: String, required: true },
    byUserId: { type: Schema.Types.ObjectId, default: null },
  },
  { _id: false },
);

const obligationSourceSchema = new Schema(
  {
    url: { type: String, default: null },
    title: { type: String, default: null },
    note: { type: String, default: null },
  },
  { _id: false },
);

/**
 * What a programme asks of municipalities: a standard (or, where the source names none, a subject)
 * with a binding level and a deadline, for all municipalities, a list, or a cooperation's members.
 */
export const obligationSchema = new Schema(
  {
    programmeId: { type: Schema.Types.ObjectId, required: true, index: true },
    /** Stable key within the seeds, so re-seeding updates instead of duplicating. */
    key: { type: String, required: true, unique: true },
    subject: { type: String, required: true },
    standardId: { type: Schema.Types.ObjectId, default: null, index: true },
    bindingLevel: { type: String, enum: COMPLIANCE_LEVELS, required: true },
    deadline: { type: String, default: null },
    /** The date the programme adopted the obligation, when the source gives it. */
    adoptedOn: { type: String, default: null },
    scope: { type: String, enum: OBLIGATION_SCOPES, required: true, default: 'ALL' },
    municipalityIds: { type: [String], default: [] },
    cooperationId: { type: Schema.Types.ObjectId, default: null },
    deadlineChanges: { type: [deadlineChangeSchema], default: [] },
    source: { type: obligationSourceSchema, default: null },
    position: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(obligationSchema, PROGRAMMES_VERSION);

/** An obligation as read with `.lean()`. */
export type ObligationRecord = InferSchemaType<typeof obligationSchema> & {
  _id: Types.ObjectId;
  programmeId: Types.ObjectId;
  standardId: Types.ObjectId | null;
  cooperationId: Types.ObjectId | null;
  scope: ObligationScope;
  bindingLevel: (typeof COMPLIANCE_LEVELS)[number];
};

/** One deadline change as read with `.lean()`. */
export type DeadlineChangeRecord = ObligationRecord['deadlineChanges'][number];

/** The Obligation model bound to one connection. */
export type ObligationModel = Model<ObligationRecord>;

/** Registers the Obligation model on `connection`. */
export function obligationModel(connection: Connection): ObligationModel {
  return connection.model<ObligationRecord>('Obligation', obligationSchema, 'obligations');
}

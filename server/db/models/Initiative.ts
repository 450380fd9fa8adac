import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** Workflow states of an initiative (quick win); see `server/graphql/initiative/workflow.ts`. */
export const INITIATIVE_STATUSES = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DELIVERED', 'STOPPED'] as const;

/** One of {@link INITIATIVE_STATUSES}. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Where one participating municipality stands in the rollout of an initiative. */
export const ROLLOUT_STATUSES = ['NOT_STARTED', 'PREPARING', 'LIVE', 'WITHDRAWN'] as const;

/** One of {@link ROLLOUT_STATUSES}. */
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];

const participantSchema = new Schema(
  {
    municipalityId: { type: String, required: true },
    status: { type: String, enum: ROLLOUT_STATUSES, required: true, default: 'NOT_STARTED' },
    startedOn: { type: String, default: null },
    liveOn: { type: String, default: null },
    updatedAt: { type: Date, required: true },
  },
  { _id: false },
);

const benefitSchema = new Schema(
  {
    hoursPerYear: { type: Number, default: null },
    eurosPerYear: { type: Number, default: null },
    citizensReached: { type: Number, default: null },
  },
  { _id: false },
);

const realisedBenefitSchema = new Schema(
  {
    date: { type: String, required: true },
    hoursPerYear: { type: Number, default: null },
    eurosPerYear: { type: Number, default: null },
    citizensReached: { type: Number, default: null },
    note: { type: String, default: null },
    byUserId: { type: Schema.Types.ObjectId, default: null },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * A quick win. Participants and the realised-benefit log are embedded: both are bounded (at most
 * 342 municipalities, a few measurements a year) and always read with the initiative.
 */
export const initiativeSchema = new Schema(
  {
    title: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    ownerUserId: { type: Schema.Types.ObjectId, default: null },
    ownerTaskforceId: { type: Schema.Types.ObjectId, default: null },
    /** YYYY-MM-DD; compared as text, which orders ISO dates correctly. */
    deadline: { type: String, required: true, index: true },
    standardIds: { type: [Schema.Types.ObjectId], default: [] },
    roadmapItemIds: { type: [String], default: [] },
    status: { type: String, enum: INITIATIVE_STATUSES, required: true, default: 'IDEA', index: true },
    stopReason: { type: String, default: null },
    participants: { type: [participantSchema], default: [] },
    expectedBenefit: { type: benefitSchema, default: () => ({}) },
    realisedBenefits: { type: [realisedBenefitSchema], default: [] },
    /** Set by the seed loader: a stable key for idempotent demo data. */
    seedKey: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

/** A benefit triple; every figure may be unknown. */
export interface BenefitFigures {
  hoursPerYear: number | null;
  eurosPerYear: number | null;
  citizensReached: number | null;
}

/** A participant as read with `.lean()`. */
export interface ParticipantRecord {
  municipalityId: string;
  status: RolloutStatus;
  startedOn: string | null;
  liveOn: string | null;
  updatedAt: Date;
}

/** One entry of the realised-benefit log. */
export interface RealisedBenefitRecord extends BenefitFigures {
  date: string;
  note: string | null;
  byUserId: Types.ObjectId | null;
  at: Date;
}

/** An initiative as read with `.lean()`. */
export type InitiativeRecord = Omit<
  InferSchemaType<typeof initiativeSchema>,
  'participants' | 'realisedBenefits' | 'expectedBenefit' | 'status' | 'standardIds'
> & {
  _id: Types.ObjectId;
  status: InitiativeStatus;
  standardIds: Types.ObjectId[];
  participants: ParticipantRecord[];
  expectedBenefit: BenefitFigures | null;
  realisedBenefits: RealisedBenefitRecord[];
  createdAt: Date;
  updatedAt: Date;
};

/** The Initiative model bound to one connection. */
export type InitiativeModel = Model<InitiativeRecord>;

/** Registers the Initiative model on `connection`. */
export function initiativeModel(connection: Connection): InitiativeModel {
  return connection.model<InitiativeRecord>('Initiative', initiativeSchema, 'initiatives');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';

/**
 * The version counter of review tasks: a report reads the open tasks from memory as of its
 * request, and closes one only where one is open.
 */
export const REVIEW_TASKS_VERSION = 'reviewTasks';

/** How a review task was closed: the editor confirmed the status, or reported a new one. */
export const REVIEW_OUTCOMES = ['CONFIRMED', 'UPDATED'] as const;

/** One of {@link REVIEW_OUTCOMES}. */
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * A municipality that follows a standard is asked to review where it stands after a new version:
 * one task per municipality × standard (`_id` is `<municipalityId>:<standardId>`, the one filter
 * FerretDB pushes down), reopened by each new version, closed when the municipality's editor
 * confirms or reports. Kept apart from the adoption record, so a municipality without a record gets
 * its task too.
 */
export const reviewTaskSchema = new Schema(
  {
    _id: { type: String, required: true },
    municipalityId: { type: String, required: true, index: true },
    standardId: { type: Schema.Types.ObjectId, required: true, index: true },
    /** The version to review against. */
    version: { type: String, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    closedByUserId: { type: Schema.Types.ObjectId, default: null },
    outcome: { type: String, enum: [...REVIEW_OUTCOMES, null], default: null },
  },
  { versionKey: false },
);

bumpVersionOnWrite(reviewTaskSchema, REVIEW_TASKS_VERSION);

/** A review task as read with `.lean()`. */
export interface ReviewTaskRecord {
  _id: string;
  municipalityId: string;
  standardId: Types.ObjectId;
  version: string;
  openedAt: Date;
  closedAt: Date | null;
  closedByUserId: Types.ObjectId | null;
  outcome: ReviewOutcome | null;
}

/** The ReviewTask model bound to one connection. */
export type ReviewTaskModel = Model<ReviewTaskRecord>;

/** Registers the ReviewTask model on `connection`. */
export function reviewTaskModel(connection: Connection): ReviewTaskModel {
  return connection.model<ReviewTaskRecord>('ReviewTask', reviewTaskSchema, 'reviewTasks');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';

/** The version counter of the adoption collection, which in-process read models check. */
export const ADOPTIONS_VERSION = 'adoptions';

/** Where a municipality stands on a standard; EXPLAINED is "pas toe of leg uit" with a reason. */
export const ADOPTION_STATUSES = [
  'NOT_STARTED',
  'PLANNED',
  'IN_PROGRESS',
  'ADOPTED',
  'EXPLAINED',
  'NOT_APPLICABLE',
] as const;

/** One of {@link ADOPTION_STATUSES}. */
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

/** One report on a cell: what was set, when and by whom. */
export const historyEntrySchema = new Schema(
  {
    status: { type: String, enum: ADOPTION_STATUSES, required: true },
    targetDate: { type: String, default: null },
    adoptedVersion: { type: String, default: null },
    note: { type: String, default: null },
    at: { type: Date, required: true },
    byUserId: { type: Schema.Types.ObjectId, default: null },
    /** The cooperation through which this entry was reported, if any. */
    cooperationId: { type: Schema.Types.ObjectId, default: null },
    /** Names an entry filed in the history collection, so a copy of it is recognised. */
    entryId: { type: String },
  },
  { _id: false },
);

/**
 * The current adoption state of one municipality for one standard, with its full history embedded:
 * history is bounded by human edits, and reading it with the record avoids a second query.
 */
export const adoptionSchema = new Schema(
  {
    municipalityId: { type: String, required: true, index: true },
    standardId: { type: Schema.Types.ObjectId, required: true, index: true },
    status: { type: String, enum: ADOPTION_STATUSES, required: true },
    targetDate: { type: String, default: null },
    adoptedVersion: { type: String, default: null },
    note: { type: String, default: null },
    /** Set when a new version of the standard is published after this record was last confirmed. */
    needsReview: { type: Boolean, default: false },
    reviewVersion: { type: String, default: null },
    updatedByUserId: { type: Schema.Types.ObjectId, default: null },
    /** The cooperation whose editor made the last report on this municipality's behalf, if any. */
    cooperationId: { type: Schema.Types.ObjectId, default: null },
    /**
     * Entries from before the history collection (seeds, imports of old backups, records written
     * directly): read first. Every report since is filed in `adoptionHistory` instead, so this
     * record stays small however often its cell is reported.
     */
    history: { type: [historyEntrySchema], default: [] },
    /** How many entries were filed in `adoptionHistory` (server/db/stores/adoptionHistory.ts). */
    historyLength: { type: Number, default: 0 },
    /** The newest filed entry, kept here too: written with the state, it is never lost in between. */
    lastEntry: { type: historyEntrySchema, default: null },
    /** Generated demo data (seeds/adoptions.ts), never a measured figure. */
    demo: { type: Boolean, default: false },
    /** Where a real record comes from: a published source, or a CSV import; null for a report made in Koers. */
    source: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);
adoptionSchema.index({ municipalityId: 1, standardId: 1 }, { unique: true });
bumpVersionOnWrite(adoptionSchema, ADOPTIONS_VERSION);

/** One entry of an adoption's history as read with `.lean()`. */
export type AdoptionHistoryRecord = InferSchemaType<typeof historyEntrySchema>;

/** An adoption as read with `.lean()`. */
export type AdoptionRecord = Omit<InferSchemaType<typeof adoptionSchema>, 'history' | 'lastEntry'> & {
  _id: Types.ObjectId;
  standardId: Types.ObjectId;
  status: AdoptionStatus;
  history: AdoptionHistoryRecord[];
  lastEntry?: AdoptionHistoryRecord | null;
};

/** An adoption as written or read without its history, which the `history` field loads when asked. */
export type AdoptionCurrent = Omit<AdoptionRecord, 'history'> & { history?: AdoptionRecord['history'] };

/** The Adoption model bound to one connection. */
export type AdoptionModel = Model<AdoptionRecord>;

/** Registers the Adoption model on `connection`. */
export function adoptionModel(connection: Connection): AdoptionModel {
  return connection.model<AdoptionRecord>('Adoption', adoptionSchema, 'adoptions');
}

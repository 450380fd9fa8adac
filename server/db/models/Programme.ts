import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';

/** The version counter of programmes and obligations, which the programme read model checks. */
export const PROGRAMMES_VERSION = 'programmes';

const factSchema = new Schema(
  {
    topic: { type: String, default: null },
    kind: { type: String, default: null },
    text: { type: String, required: true },
    /** As the source gives it: a year, a month, a period or a full date. */
    date: { type: String, default: null },
    sourceUrl: { type: String, default: null },
    sourceTitle: { type: String, default: null },
  },
  { _id: false },
);

const releaseSchema = new Schema(
  {
    product: { type: String, required: true },
    release: { type: String, required: true },
    status: { type: String, required: true },
    date: { type: String, default: null },
  },
  { _id: false },
);

/** A part of a programme without a binding level: a building block, a product, an example project. */
const itemSchema = new Schema(
  {
    name: { type: String, required: true },
    kind: { type: String, required: true },
    standardId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, default: null },
    date: { type: String, default: null },
    note: { type: String, default: null },
    sourceUrl: { type: String, default: null },
    sourceTitle: { type: String, default: null },
    releases: { type: [releaseSchema], default: [] },
  },
  { _id: false },
);

/**
 * A steering programme (NUP, the Forum's "pas toe of leg uit" list, GDI, Samen Organiseren): who
 * owns it, when it runs and what its sources say. Its obligations live in their own collection,
 * because they change one at a time (deadline moves) and are read per standard.
 */
export const programmeSchema = new Schema(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    owner: { type: String, required: true },
    description: { type: String, default: '' },
    periodFrom: { type: String, default: null },
    periodTo: { type: String, default: null },
    periodNote: { type: String, default: null },
    /** What the sources do not give, said plainly (e.g. "the 19 result obligations were not found"). */
    sourceNote: { type: String, default: null },
    facts: { type: [factSchema], default: [] },
    items: { type: [itemSchema], default: [] },
    /** Position in lists. */
    position: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(programmeSchema, PROGRAMMES_VERSION);

/** A programme as read with `.lean()`. */
export type ProgrammeRecord = InferSchemaType<typeof programmeSchema> & { _id: Types.ObjectId };

/** One item of a programme as read with `.lean()`. */
export type ProgrammeItemRecord = ProgrammeRecord['items'][number];

/** The Programme model bound to one connection. */
export type ProgrammeModel = Model<ProgrammeRecord>;

/** Registers the Programme model on `connection`. */
export function programmeModel(connection: Connection): ProgrammeModel {
  return connection.model<ProgrammeRecord>('Programme', programmeSchema, 'programmes');
}

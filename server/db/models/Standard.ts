import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { LIFECYCLES } from '../../../common/standards';
import { bumpVersionOnWrite } from '../dataVersion';

/** The version counter of this collection, which in-process caches check. */
export const STANDARDS_VERSION = 'standards';

/** Lifecycle of a standard, in order (the order is a rule of the catalogue, shared with the web app). */
export { LIFECYCLES };

/** Categories of the catalogue. */
export const STANDARD_CATEGORIES = [
  'API_STANDARD',
  'MESSAGE_STANDARD',
  'INFORMATION_MODEL',
  'BUILDING_BLOCK',
  'OPEN_STANDARD',
] as const;

/** How binding a standard is ("pas toe of leg uit" and friends). */
export const COMPLIANCE_LEVELS = ['VERPLICHT', 'PAS_TOE_OF_LEG_UIT', 'AANBEVOLEN'] as const;

const versionSchema = new Schema(
  {
    number: { type: String, required: true },
    date: { type: String, default: null },
    changes: { type: String, default: '' },
  },
  { _id: false },
);

const linkSchema = new Schema(
  { label: { type: String, required: true }, url: { type: String, required: true } },
  { _id: false },
);

/** A shared standard or building block in the catalogue. */
export const standardSchema = new Schema(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    category: { type: String, enum: STANDARD_CATEGORIES, required: true, index: true },
    summary: { type: String, default: '' },
    lifecycle: { type: String, enum: LIFECYCLES, required: true, index: true },
    owner: { type: String, default: null },
    url: { type: String, default: null },
    complianceLevel: { type: String, enum: [...COMPLIANCE_LEVELS, null], default: null },
    establishedOn: { type: String, default: null },
    complianceDeadline: { type: String, default: null },
    versions: { type: [versionSchema], default: [] },
    /** Further links (specification, repository, contact); only https, http and mailto URLs. */
    links: { type: [linkSchema], default: [] },
    /** The standard that replaces this one, once it is DEPRECATED (where there is one). */
    successorId: { type: Schema.Types.ObjectId, default: null },
    /** Why the lifecycle last moved back to an earlier stage. */
    lifecycleReason: { type: String, default: null },
    /** The co-edited long description's plain text (`standard:<id>`), projected for search. */
    descriptionText: { type: String },
    /** Lower-cased name + slug + summary, for search without `$text` (FerretDB has none). */
    searchText: { type: String, default: '' },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(standardSchema, STANDARDS_VERSION);

/**
 * The lower-cased text `standards(search)` matches (FerretDB has no `$text`): every writer of a
 * standard's name, slug or summary stores this in `searchText`.
 */
export function standardSearchText(s: { name: string; slug: string; summary?: string | null }): string {
  return `${s.name} ${s.slug} ${s.summary ?? ''}`.toLocaleLowerCase('nl');
}

/** A standard as read with `.lean()`. */
export type StandardRecord = InferSchemaType<typeof standardSchema> & { _id: Types.ObjectId };

/** The Standard model bound to one connection. */
export type StandardModel = Model<StandardRecord>;

/** Registers the Standard model on `connection`. */
export function standardModel(connection: Connection): StandardModel {
  return connection.model<StandardRecord>('Standard', standardSchema, 'standards');
}

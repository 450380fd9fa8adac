import { isCbsCode } from '../../../common/validation';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';

/** The version counter of this collection, which in-process caches check. */
export const MUNICIPALITIES_VERSION = 'municipalities';

/**
 * A Dutch municipality (gemeente). `_id` is the CBS code (`GM0344`): stable, public, and the one
 * filter shape FerretDB pushes down to SQLite. A merged municipality keeps its record with
 * `validUntil` and `mergedInto`, so its adoption history stays readable.
 */
export const municipalitySchema = new Schema(
  {
    _id: { type: String, required: true, validate: isCbsCode },
    cbsNumber: { type: String, required: true },
    name: { type: String, required: true },
    officialName: { type: String, required: true },
    provinceCode: { type: String, required: true, index: true },
    province: { type: String, required: true },
    /** Null for municipalities that ended before the 2025 geometry (no centroid in the sources). */
    lat: { type: Number, default: null },
    lon: { type: Number, default: null },
    population: { type: Number, default: null },
    /** The reference date of `population` (CBS 85984NED: 1 January 2024). */
    populationDate: { type: String, default: null },
    validFrom: { type: String, default: null },
    validUntil: { type: String, default: null },
    mergedInto: { type: String, default: null },
    /** Lower-cased name for case-insensitive search and sorting without collation (FerretDB has none). */
    searchName: { type: String, required: true, index: true },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(municipalitySchema, MUNICIPALITIES_VERSION);

/**
 * The lower-cased name that search and sorting use (FerretDB has no collation): every writer of a
 * municipality's name stores this in `searchName`.
 */
export function municipalitySearchName(name: string): string {
  return name.toLocaleLowerCase('nl');
}

/** A municipality as read with `.lean()`. */
export type MunicipalityRecord = InferSchemaType<typeof municipalitySchema> & { _id: string };

/** The Municipality model bound to one connection. */
export type MunicipalityModel = Model<MunicipalityRecord>;

/** Registers the Municipality model on `connection`. */
export function municipalityModel(connection: Connection): MunicipalityModel {
  return connection.model<MunicipalityRecord>('Municipality', municipalitySchema, 'municipalities');
}

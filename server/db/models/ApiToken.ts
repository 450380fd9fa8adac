import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { ACCOUNTS_VERSION } from './User';
import { API_SCOPES } from '../../../common/apiTokens';

/**
 * An API token of a system that is not a person. `_id` is the SHA-256 of the token, like a
 * session's, so a stolen database hands out no live tokens and a request's lookup is the one filter
 * shape FerretDB pushes down; `publicId` names it in the API (listing, revoking, the audit log).
 */
export const apiTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    publicId: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    scopes: { type: [{ type: String, enum: API_SCOPES }], required: true },
    /** The municipality the token acts for; null only for an admin's national token. */
    municipalityId: { type: String, default: null, index: true },
    /** Whose rights the token carries, narrowed to its scopes and municipality. */
    createdBy: { type: Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(apiTokenSchema, ACCOUNTS_VERSION);

/** An API token as read with `.lean()`. */
export type ApiTokenRecord = InferSchemaType<typeof apiTokenSchema> & {
  _id: string;
  createdBy: Types.ObjectId;
  createdAt: Date;
};

/** The ApiToken model bound to one connection. */
export type ApiTokenModel = Model<ApiTokenRecord>;

/** Registers the ApiToken model on `connection`. */
export function apiTokenModel(connection: Connection): ApiTokenModel {
  return connection.model<ApiTokenRecord>('ApiToken', apiTokenSchema, 'apiTokens');
}

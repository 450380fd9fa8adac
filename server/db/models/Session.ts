import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { ACCOUNTS_VERSION } from './User';

/**
 * A sign-in token. `_id` is the SHA-256 of the token, so a stolen database does not hand out live
 * tokens, and a lookup is the one filter shape FerretDB pushes down.
 */
export const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(sessionSchema, ACCOUNTS_VERSION);

/** A session as read with `.lean()`. */
export type SessionRecord = InferSchemaType<typeof sessionSchema> & { _id: string; userId: Types.ObjectId };

/** The Session model bound to one connection. */
export type SessionModel = Model<SessionRecord>;

/** Registers the Session model on `connection`. */
export function sessionModel(connection: Connection): SessionModel {
  return connection.model<SessionRecord>('Session', sessionSchema, 'sessions');
}

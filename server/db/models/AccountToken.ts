import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** What a single-use account link is for: an invitation, or a forgotten password. */
export const ACCOUNT_LINK_PURPOSES = ['INVITE', 'RESET'] as const;

/** One of {@link ACCOUNT_LINK_PURPOSES}. */
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/**
 * A single-use link that lets a person set a password and sign in. `_id` is the SHA-256 of the
 * token (as for sessions), so the database never holds a usable link.
 */
export const accountTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    purpose: { type: String, enum: ACCOUNT_LINK_PURPOSES, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    createdByUserId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, versionKey: false },
);

/** An account token as read with `.lean()`. */
export interface AccountTokenRecord {
  _id: string;
  userId: Types.ObjectId;
  purpose: AccountLinkPurpose;
  expiresAt: Date;
  usedAt: Date | null;
  createdByUserId: Types.ObjectId | null;
}

/** The AccountToken model bound to one connection. */
export type AccountTokenModel = Model<AccountTokenRecord>;

/** Registers the AccountToken model on `connection`. */
export function accountTokenModel(connection: Connection): AccountTokenModel {
  return connection.model<AccountTokenRecord>('AccountToken', accountTokenSchema, 'accountTokens');
}

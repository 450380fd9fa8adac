import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One send attempt of one message, claimed by one process: `_id` is `<mailId>:<attempt>`. Inserting
 * it is the claim, because a unique `_id` is the one write FerretDB 1.x (like MongoDB) refuses
 * atomically to a second process; its compare-and-set updates are read-then-write and would let two
 * processes both claim a message.
 */
export const mailClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A claim as read with `.lean()`. */
export interface MailClaimRecord {
  _id: string;
  owner: string;
  at: Date;
}

/** The MailClaim model bound to one connection. */
export type MailClaimModel = Model<MailClaimRecord>;

/** Registers the MailClaim model on `connection`. */
export function mailClaimModel(connection: Connection): MailClaimModel {
  return connection.model<MailClaimRecord>('MailClaim', mailClaimSchema, 'mailClaims');
}

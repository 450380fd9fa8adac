import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/**
 * Where a message stands: QUEUED (due at `nextAttemptAt`), SENDING (claimed until `leaseUntil`),
 * SENT, KEPT (no SMTP_URL: kept in the outbox), FAILED (a permanent refusal or too many tries).
 */
export const MAIL_STATUSES = ['QUEUED', 'SENDING', 'SENT', 'KEPT', 'FAILED'] as const;

/** One of {@link MAIL_STATUSES}. */
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One rendered e-mail, queued before it is sent. `key` is unique (`item:<id>` or
 * `digest:<user>:<period>`), so a message is built once however many processes build it;
 * `messageId` is fixed at queueing, so a message sent again after a crash can be recognised.
 */
export const mailSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    messageId: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    to: { type: String, required: true },
    language: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String, required: true },
    unsubscribeUrl: { type: String, required: true },
    itemIds: { type: [Schema.Types.ObjectId], default: [] },
    status: { type: String, enum: MAIL_STATUSES, required: true, default: 'QUEUED' },
    attempts: { type: Number, required: true, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    leaseUntil: { type: Date, default: null },
    leaseOwner: { type: String, default: null },
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
    /** Set from the runtime's clock (not mongoose timestamps), which tests pin to a day. */
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
mailSchema.index({ status: 1, nextAttemptAt: 1 });
mailSchema.index({ createdAt: -1, _id: -1 });

/** A message as read with `.lean()`. */
export interface MailRecord {
  _id: Types.ObjectId;
  key: string;
  messageId: string;
  userId: Types.ObjectId;
  to: string;
  language: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
  itemIds: Types.ObjectId[];
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  leaseOwner: string | null;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** The Mail model bound to one connection. */
export type MailModel = Model<MailRecord>;

/** Registers the Mail model on `connection`. */
export function mailModel(connection: Connection): MailModel {
  return connection.model<MailRecord>('Mail', mailSchema, 'mails');
}

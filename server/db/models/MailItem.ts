import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';
import { MAIL_FREQUENCIES, MAIL_KINDS, type MailFrequency, type MailKind } from '../../../common/mail';

/** What an item waits for: a message of its own or a digest (PENDING), or nothing any more. */
export const MAIL_ITEM_STATUSES = ['PENDING', 'DONE', 'SKIPPED'] as const;

/**
 * One thing to tell one person by e-mail, before it becomes a message (alone, or in a digest).
 * `key` is unique: the same event, reminder or reply queued twice — by a retry, a second process or
 * a second scan — stays one item.
 */
export const mailItemSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: MAIL_KINDS, required: true },
    frequency: { type: String, enum: MAIL_FREQUENCIES, required: true },
    /** Which template renders it, and its facts (ids, names, dates; rendered per language). */
    template: { type: String, required: true },
    params: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: MAIL_ITEM_STATUSES, required: true, default: 'PENDING' },
    mailId: { type: Schema.Types.ObjectId, default: null },
    /** Set from the runtime's clock (not mongoose timestamps), which tests pin to a day. */
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
mailItemSchema.index({ status: 1, frequency: 1, createdAt: 1 });

/** A mail item as read with `.lean()`. */
export interface MailItemRecord {
  _id: Types.ObjectId;
  key: string;
  userId: Types.ObjectId;
  kind: MailKind;
  frequency: MailFrequency;
  template: string;
  params: Record<string, string | boolean | null>;
  status: (typeof MAIL_ITEM_STATUSES)[number];
  mailId: Types.ObjectId | null;
  createdAt: Date;
}

/** The MailItem model bound to one connection. */
export type MailItemModel = Model<MailItemRecord>;

/** Registers the MailItem model on `connection`. */
export function mailItemModel(connection: Connection): MailItemModel {
  return connection.model<MailItemRecord>('MailItem', mailItemSchema, 'mailItems');
}

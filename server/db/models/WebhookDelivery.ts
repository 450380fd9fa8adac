import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/**
 * PENDING waits for `nextAttemptAt`; HELD waits for its paused webhook to resume; DELIVERED got a
 * 2xx; FAILED gave up (24 hours of retries, or its webhook was deleted).
 */
export const DELIVERY_STATUSES = ['PENDING', 'HELD', 'DELIVERED', 'FAILED'] as const;

const attemptSchema = new Schema(
  {
    at: { type: Date, required: true },
    /** The HTTP status; null when no response came (refused address, timeout, connection error). */
    responseCode: { type: Number, default: null },
    durationMs: { type: Number, required: true },
    /** Why it failed without a response, or the start of a failing response's body (≤ 500 chars). */
    error: { type: String, default: null },
  },
  { _id: false },
);

/**
 * One event for one webhook, queued in the database before anything is sent, so a restart loses
 * none. A sender claims it with a lease (`leaseUntil`, set by findOneAndUpdate) so several
 * processes never send the same delivery at once; the body is fixed at queueing, so every retry
 * sends the same bytes with a fresh signature.
 */
export const webhookDeliverySchema = new Schema(
  {
    webhookId: { type: Schema.Types.ObjectId, required: true, index: true },
    /** The event's id as the receiver sees it (`id` in the body): the same on every retry. */
    eventId: { type: String, required: true },
    kind: { type: String, required: true },
    /** The JSON body to POST. */
    body: { type: String, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, required: true, index: true },
    queuedAt: { type: Date, required: true },
    nextAttemptAt: { type: Date, required: true, index: true },
    leaseUntil: { type: Date, default: null },
    attempts: { type: [attemptSchema], default: [] },
  },
  { versionKey: false },
);
webhookDeliverySchema.index({ webhookId: 1, eventId: 1 }, { unique: true });

/** A delivery as read with `.lean()`. */
export type WebhookDeliveryRecord = InferSchemaType<typeof webhookDeliverySchema> & {
  _id: Types.ObjectId;
  webhookId: Types.ObjectId;
};

/** The WebhookDelivery model bound to one connection. */
export type WebhookDeliveryModel = Model<WebhookDeliveryRecord>;

/** Registers the WebhookDelivery model on `connection`. */
export function webhookDeliveryModel(connection: Connection): WebhookDeliveryModel {
  return connection.model<WebhookDeliveryRecord>(
    'WebhookDelivery',
    webhookDeliverySchema,
    'webhookDeliveries',
  );
}

import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/**
 * Who sends one attempt of one webhook delivery. Its `_id` names the delivery, the attempt and the
 * lease it replaced, so of several processes that claimed the same delivery at once (FerretDB 1.x
 * applies findOneAndUpdate as a read and a write, not atomically) exactly one can insert it.
 */
export const webhookClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    deliveryId: { type: Schema.Types.ObjectId, required: true, index: true },
    at: { type: Date, required: true },
    /** DELIVERED or FAILED once this attempt ended the delivery; written only by its claimant. */
    final: { type: String, enum: ['DELIVERED', 'FAILED', null], default: null },
  },
  { versionKey: false },
);

/** A claim as read with `.lean()`. */
export type WebhookClaimRecord = InferSchemaType<typeof webhookClaimSchema> & { _id: string };

/** The WebhookClaim model bound to one connection. */
export type WebhookClaimModel = Model<WebhookClaimRecord>;

/** Registers the WebhookClaim model on `connection`. */
export function webhookClaimModel(connection: Connection): WebhookClaimModel {
  return connection.model<WebhookClaimRecord>('WebhookClaim', webhookClaimSchema, 'webhookClaims');
}

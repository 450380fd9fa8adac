import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { WEBHOOK_EVENT_KINDS } from '../../../common/webhooks';
import { bumpVersionOnWrite } from '../dataVersion';

/** The version counter of the webhooks, so queueing reads them from memory while none changed. */
export const WEBHOOKS_VERSION = 'webhooks';

/** ACTIVE webhooks receive deliveries; PAUSED ones (by hand or after repeated failures) hold them. */
export const WEBHOOK_STATUSES = ['ACTIVE', 'PAUSED'] as const;

/**
 * A municipality's webhook: an URL that receives signed JSON POSTs for the chosen event kinds.
 * The signing secret is kept sealed (AES-256-GCM under a key derived from SESSION_SECRET), not
 * hashed: Koers must sign with it on every delivery. It is shown once, when the webhook is made.
 */
export const webhookSchema = new Schema(
  {
    municipalityId: { type: String, required: true, index: true },
    url: { type: String, required: true },
    description: { type: String, default: '' },
    kinds: { type: [{ type: String, enum: WEBHOOK_EVENT_KINDS }], required: true },
    /** `iv.tag.ciphertext` (base64url) of the secret; see domain/webhook/secret.ts. */
    sealedSecret: { type: String, required: true },
    /** Who registered it: they hear when it pauses itself. */
    ownerId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: WEBHOOK_STATUSES, required: true, default: 'ACTIVE' },
    /** Why it is paused: MANUAL or FAILURES; null while active. */
    pausedReason: { type: String, enum: ['MANUAL', 'FAILURES', null], default: null },
    pausedAt: { type: Date, default: null },
    /** Failed attempts since the last success; at WEBHOOK_PAUSE_AFTER_FAILURES it pauses. */
    consecutiveFailures: { type: Number, required: true, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(webhookSchema, WEBHOOKS_VERSION);

/** A webhook as read with `.lean()`. */
export type WebhookRecord = InferSchemaType<typeof webhookSchema> & {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  createdAt: Date;
};

/** The Webhook model bound to one connection. */
export type WebhookModel = Model<WebhookRecord>;

/** Registers the Webhook model on `connection`. */
export function webhookModel(connection: Connection): WebhookModel {
  return connection.model<WebhookRecord>('Webhook', webhookSchema, 'webhooks');
}

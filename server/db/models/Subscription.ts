import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** A municipality follows a standard: it gets notified of new versions and deadlines. */
export const subscriptionSchema = new Schema(
  {
    municipalityId: { type: String, required: true, index: true },
    standardId: { type: Schema.Types.ObjectId, required: true, index: true },
    since: { type: Date, required: true },
    byUserId: { type: Schema.Types.ObjectId, default: null },
  },
  { versionKey: false },
);
subscriptionSchema.index({ municipalityId: 1, standardId: 1 }, { unique: true });

/** A subscription as read with `.lean()`. */
export type SubscriptionRecord = InferSchemaType<typeof subscriptionSchema> & {
  _id: Types.ObjectId;
  standardId: Types.ObjectId;
};

/** The Subscription model bound to one connection. */
export type SubscriptionModel = Model<SubscriptionRecord>;

/** Registers the Subscription model on `connection`. */
export function subscriptionModel(connection: Connection): SubscriptionModel {
  return connection.model<SubscriptionRecord>('Subscription', subscriptionSchema, 'subscriptions');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** Something that changed, addressed to one user. */
export const notificationSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    kind: { type: String, required: true },
    message: { type: String, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true },
    readAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

/** A notification as read with `.lean()`. */
export type NotificationRecord = InferSchemaType<typeof notificationSchema> & {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  createdAt: Date;
};

/** The Notification model bound to one connection. */
export type NotificationModel = Model<NotificationRecord>;

/** Registers the Notification model on `connection`. */
export function notificationModel(connection: Connection): NotificationModel {
  return connection.model<NotificationRecord>('Notification', notificationSchema, 'notifications');
}

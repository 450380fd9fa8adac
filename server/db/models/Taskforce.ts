import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { ACCOUNTS_VERSION } from './User';

/** A group of people from several municipalities that owns roadmaps. */
export const taskforceSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    memberIds: { type: [Schema.Types.ObjectId], default: [], index: true },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(taskforceSchema, ACCOUNTS_VERSION);

/** A taskforce as read with `.lean()`. */
export type TaskforceRecord = InferSchemaType<typeof taskforceSchema> & {
  _id: Types.ObjectId;
  memberIds: Types.ObjectId[];
};

/** The Taskforce model bound to one connection. */
export type TaskforceModel = Model<TaskforceRecord>;

/** Registers the Taskforce model on `connection`. */
export function taskforceModel(connection: Connection): TaskforceModel {
  return connection.model<TaskforceRecord>('Taskforce', taskforceSchema, 'taskforces');
}

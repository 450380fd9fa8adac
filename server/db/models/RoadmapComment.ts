import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** A comment on a roadmap item; `parentId` makes threads. Any signed-in reader may comment. */
export const roadmapCommentSchema = new Schema(
  {
    roadmapId: { type: Schema.Types.ObjectId, required: true, index: true },
    itemId: { type: String, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    authorId: { type: Schema.Types.ObjectId, required: true },
    body: { type: String, required: true },
    resolvedAt: { type: Date, default: null },
    resolvedById: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, versionKey: false },
);

/** A comment as read with `.lean()`. */
export interface RoadmapCommentRecord {
  _id: Types.ObjectId;
  roadmapId: Types.ObjectId;
  itemId: string;
  parentId: Types.ObjectId | null;
  authorId: Types.ObjectId;
  body: string;
  resolvedAt: Date | null;
  resolvedById: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The RoadmapComment model bound to one connection. */
export type RoadmapCommentModel = Model<RoadmapCommentRecord>;

/** Registers the RoadmapComment model on `connection`. */
export function roadmapCommentModel(connection: Connection): RoadmapCommentModel {
  return connection.model<RoadmapCommentRecord>('RoadmapComment', roadmapCommentSchema, 'roadmapComments');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** A named version of a roadmap: the full Yjs state at the moment it was named. */
export const roadmapVersionSchema = new Schema(
  {
    roadmapId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    state: { type: Buffer, required: true },
    createdById: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A roadmap version as read with `.lean()`. */
export interface RoadmapVersionRecord {
  _id: Types.ObjectId;
  roadmapId: Types.ObjectId;
  name: string;
  state: Buffer | { buffer: Uint8Array };
  createdById: Types.ObjectId | null;
  createdAt: Date;
}

/** The RoadmapVersion model bound to one connection. */
export type RoadmapVersionModel = Model<RoadmapVersionRecord>;

/** Registers the RoadmapVersion model on `connection`. */
export function roadmapVersionModel(connection: Connection): RoadmapVersionModel {
  return connection.model<RoadmapVersionRecord>('RoadmapVersion', roadmapVersionSchema, 'roadmapVersions');
}

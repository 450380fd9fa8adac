import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** One item of a roadmap as projected from its Y.Doc; `_id` is `<roadmapId>:<itemId>`. */
export const roadmapItemSchema = new Schema(
  {
    _id: { type: String, required: true },
    roadmapId: { type: Schema.Types.ObjectId, required: true, index: true },
    itemId: { type: String, required: true },
    position: { type: Number, required: true },
    title: { type: String, required: true },
    startYear: { type: Number, required: true },
    endYear: { type: Number, required: true },
    laneId: { type: String, default: null },
    status: { type: String, default: null },
    standardIds: { type: [String], default: [], index: true },
    initiativeIds: { type: [String], default: [], index: true },
    owner: { type: String, default: null },
  },
  { versionKey: false },
);

/** A projected roadmap item as read with `.lean()`. */
export interface RoadmapItemRecord {
  _id: string;
  roadmapId: Types.ObjectId;
  itemId: string;
  position: number;
  title: string;
  startYear: number;
  endYear: number;
  laneId: string | null;
  status: string | null;
  standardIds: string[];
  /** Quick wins the item links; missing on records projected before items could link them. */
  initiativeIds?: string[];
  owner: string | null;
}

/** The RoadmapItem model bound to one connection. */
export type RoadmapItemModel = Model<RoadmapItemRecord>;

/** Registers the RoadmapItem model on `connection`. */
export function roadmapItemModel(connection: Connection): RoadmapItemModel {
  return connection.model<RoadmapItemRecord>('RoadmapItem', roadmapItemSchema, 'roadmapItems');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

const laneSchema = new Schema(
  { id: { type: String, required: true }, title: { type: String, required: true } },
  { _id: false },
);
const milestoneSchema = new Schema(
  {
    id: { type: String, required: true },
    title: { type: String, required: true },
    date: { type: String, required: true },
  },
  { _id: false },
);

/**
 * A ten-year roadmap. The Y.Doc `roadmap:<id>` is the source of truth; title, period, lanes and
 * milestones here are its projection (see server/realtime/projection/roadmap.ts), `updatedAt` the
 * most recent activity.
 */
export const roadmapSchema = new Schema(
  {
    title: { type: String, required: true },
    taskforceId: { type: Schema.Types.ObjectId, required: true, index: true },
    startYear: { type: Number, required: true },
    endYear: { type: Number, required: true },
    lanes: { type: [laneSchema], default: [] },
    milestones: { type: [milestoneSchema], default: [] },
    /** A short plain-text description for the list of roadmaps (not co-edited; the vision is). */
    description: { type: String, default: '' },
    /** The vision's plain text, projected from the document for search and the public page. */
    visionText: { type: String },
    /**
     * Changes with every set of items the projection writes: readers keep items in memory per
     * stamp (server/db/stores/roadmapItems.ts). Unset on roadmaps not projected since.
     */
    itemsStamp: { type: String },
    /** Set while the roadmap is archived: out of the list of current roadmaps, kept whole. */
    archivedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

/** A roadmap as read with `.lean()`. */
export type RoadmapRecord = InferSchemaType<typeof roadmapSchema> & {
  _id: Types.ObjectId;
  taskforceId: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};

/** The Roadmap model bound to one connection. */
export type RoadmapModel = Model<RoadmapRecord>;

/** Registers the Roadmap model on `connection`. */
export function roadmapModel(connection: Connection): RoadmapModel {
  return connection.model<RoadmapRecord>('Roadmap', roadmapSchema, 'roadmaps');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** A knowledge page; its body is the co-edited Y.Doc `page:<id>`. */
export const pageSchema = new Schema(
  {
    title: { type: String, required: true, trim: true },
    createdById: { type: Schema.Types.ObjectId, default: null },
    /** The body's plain text, projected from the document for search (server/realtime/projection/text.ts). */
    bodyText: { type: String, default: '' },
    /** The page it sits under in the knowledge tree; null at the top. */
    parentId: { type: Schema.Types.ObjectId, default: null, index: true },
    /** Set while the page is in the trash: out of lists and search, restorable, its document kept. */
    deletedAt: { type: Date, default: null },
    /** Standards, roadmap items (`<roadmapId>:<itemId>`) and quick wins the page is about. */
    standardIds: { type: [Schema.Types.ObjectId], default: [], index: true },
    roadmapItemIds: { type: [String], default: [], index: true },
    initiativeIds: { type: [Schema.Types.ObjectId], default: [], index: true },
  },
  { timestamps: true, versionKey: false },
);

/** A page as read with `.lean()`. */
export interface PageRecord {
  _id: Types.ObjectId;
  title: string;
  createdById: Types.ObjectId | null;
  /** Absent on pages whose document was never projected. */
  bodyText?: string;
  /** Absent on pages from before the tree, the trash and links existed. */
  parentId?: Types.ObjectId | null;
  deletedAt?: Date | null;
  standardIds?: Types.ObjectId[];
  roadmapItemIds?: string[];
  initiativeIds?: Types.ObjectId[];
  createdAt: Date;
  updatedAt: Date;
}

/** The Page model bound to one connection. */
export type PageModel = Model<PageRecord>;

/** Registers the Page model on `connection`. */
export function pageModel(connection: Connection): PageModel {
  return connection.model<PageRecord>('Page', pageSchema, 'pages');
}

import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** A knowledge page; its body is the co-edited Y.Doc `page:<id>`. */
export const pageSchema = new Schema(
  {
    title: { type: String, required: true, trim: true },
    createdById: { type: Schema.Types.ObjectId, default: null },
    /** The body's plain text, projected from the document for search (server/realtime/projection/page.ts). */
    bodyText: { type: String, default: '' },
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
  createdAt: Date;
  updatedAt: Date;
}

/** The Page model bound to one connection. */
export type PageModel = Model<PageRecord>;

/** Registers the Page model on `connection`. */
export function pageModel(connection: Connection): PageModel {
  return connection.model<PageRecord>('Page', pageSchema, 'pages');
}

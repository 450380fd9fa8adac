import type { Types } from 'mongoose';
import { Schema, type Connection, type Model } from 'mongoose';

/** What can be published for the public: a roadmap, a quick win's progress, a knowledge page. */
export const PUBLICATION_KINDS = ['ROADMAP', 'QUICK_WIN', 'PAGE'] as const;

/** One of {@link PUBLICATION_KINDS}. */
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/**
 * A record that makes one roadmap, quick win or page readable without signing in at
 * `/openbaar/<kind>/<slug>`. While it exists the URL answers; unpublishing deletes it, so the URL
 * answers 404 at once. `versionId` freezes a roadmap at a named version; null follows it live.
 */
export const publicationSchema = new Schema(
  {
    kind: { type: String, enum: PUBLICATION_KINDS, required: true },
    subjectId: { type: Schema.Types.ObjectId, required: true },
    slug: { type: String, required: true },
    versionId: { type: Schema.Types.ObjectId, default: null },
    publishedById: { type: Schema.Types.ObjectId, default: null },
    publishedAt: { type: Date, required: true },
    /** Set by the seed loader for the demo publication: shown as demo on the public page. */
    isDemo: { type: Boolean, default: false },
  },
  { versionKey: false },
);
// A slug names one thing of its kind; a thing is published at most once.
publicationSchema.index({ kind: 1, slug: 1 }, { unique: true });
publicationSchema.index({ kind: 1, subjectId: 1 }, { unique: true });

/** A publication as read with `.lean()`. */
export interface PublicationRecord {
  _id: Types.ObjectId;
  kind: PublicationKind;
  subjectId: Types.ObjectId;
  slug: string;
  versionId: Types.ObjectId | null;
  publishedById: Types.ObjectId | null;
  publishedAt: Date;
  isDemo: boolean;
}

/** The Publication model bound to one connection. */
export type PublicationModel = Model<PublicationRecord>;

/** Registers the Publication model on `connection`. */
export function publicationModel(connection: Connection): PublicationModel {
  return connection.model<PublicationRecord>('Publication', publicationSchema, 'publications');
}

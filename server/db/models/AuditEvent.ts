import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** Who changed what, when, with the state before and after: the audit log across Koers. */
export const auditEventSchema = new Schema(
  {
    actorId: { type: Schema.Types.ObjectId, default: null },
    /** The API token a change was made with (its public id and name then); null for people. */
    apiTokenId: { type: String, default: null },
    apiTokenName: { type: String, default: null },
    action: { type: String, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true, index: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

// The audit page's filters: newest first overall, or narrowed by an action, a person or a subject
// type, each then newest first. (`subjectId` alone keeps its own index above.)
auditEventSchema.index({ at: -1, _id: -1 });
auditEventSchema.index({ action: 1, at: -1 });
auditEventSchema.index({ actorId: 1, at: -1 });
auditEventSchema.index({ subjectType: 1, at: -1 });

/** An audit event as read with `.lean()`. */
export type AuditEventRecord = InferSchemaType<typeof auditEventSchema> & { _id: Types.ObjectId };

/** The AuditEvent model bound to one connection. */
export type AuditEventModel = Model<AuditEventRecord>;

/** Registers the AuditEvent model on `connection`. */
export function auditEventModel(connection: Connection): AuditEventModel {
  return connection.model<AuditEventRecord>('AuditEvent', auditEventSchema, 'auditEvents');
}

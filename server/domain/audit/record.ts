import { Types } from 'mongoose';
import { groupedInsert } from '../../db/groupedInsert';
import type { Models } from '../../db/models';

/** One change for the audit log: who did what to which subject, with the state before and after. */
export interface AuditEntry {
  actorId: string | null;
  /** Set when the change was made with an API token: it is audited as that token. */
  apiToken?: { id: string; name: string } | null;
  /** An action string such as `adoption:update`, `standard:publishVersion`, `initiative:status`. */
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  at: Date;
}

/**
 * Appends to the audit log (grouped with concurrent entries into one insert) and returns the new
 * event's id. Written after the change it describes (FerretDB has no transactions);
 * callers pass plain JSON-like data so `before`/`after` read back exactly as stored.
 */
export async function recordAudit(models: Models, entry: AuditEntry): Promise<string> {
  const { apiToken, ...rest } = entry;
  const _id = new Types.ObjectId();
  await groupedInsert(models.AuditEvent, {
    _id,
    ...rest,
    apiTokenId: apiToken?.id ?? null,
    apiTokenName: apiToken?.name ?? null,
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
  });
  return String(_id);
}

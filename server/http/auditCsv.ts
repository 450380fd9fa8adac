import type { Types } from 'mongoose';
import type { AuditEventRecord } from '../db/models/AuditEvent';
import type { Models } from '../db/models';
import type { CsvColumn } from './csv';

/** One audit line with its actor's name, as the export writes it. */
export interface AuditRow {
  event: AuditEventRecord;
  actorName: string | null;
}

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** The audit export's columns: the same facts as the audit page, with the states as JSON. */
export const auditColumns: CsvColumn<AuditRow>[] = [
  { header: 'at', value: (r) => r.event.at },
  { header: 'action', value: (r) => r.event.action },
  { header: 'subjectType', value: (r) => r.event.subjectType },
  { header: 'subjectId', value: (r) => r.event.subjectId },
  { header: 'actorId', value: (r) => (r.event.actorId ? String(r.event.actorId) : '') },
  { header: 'actor', value: (r) => r.actorName },
  { header: 'apiToken', value: (r) => r.event.apiTokenName },
  { header: 'before', value: (r) => json(r.event.before) },
  { header: 'after', value: (r) => json(r.event.after) },
];

/**
 * Adds each event's actor name, looking every person up once (a log has many lines per person);
 * only the name is read, never contact details or the password hash.
 */
export async function* withActorNames(
  models: Models,
  events: AsyncIterable<AuditEventRecord>,
): AsyncGenerator<AuditRow> {
  const names = new Map<string, string | null>();
  for await (const event of events) {
    const actorId = event.actorId as Types.ObjectId | null;
    let actorName: string | null = null;
    if (actorId) {
      const key = String(actorId);
      if (!names.has(key)) {
        const user = await models.User.findById(actorId, { name: 1 }).lean<{ name: string }>().exec();
        names.set(key, user?.name ?? null);
      }
      actorName = names.get(key) ?? null;
    }
    yield { event, actorName };
  }
}

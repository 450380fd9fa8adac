import { z } from 'zod';
import type { QueryFilter, Types } from 'mongoose';
import { isoDate, objectId } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import type { AuditEventRecord } from '../../db/models/AuditEvent';
import type { Models } from '../../db/models';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';

/** Newest first; `_id` last so pages stay stable when several changes share a millisecond. */
const NEWEST_FIRST = { at: -1, _id: -1 } as const;

/** Actions and subject types are short identifiers such as `standard:publishVersion` or `Roadmap`. */
const identifier = z
  .string()
  .trim()
  .max(100, 'is too long')
  .regex(/^[A-Za-z][A-Za-z0-9:_-]*$/, 'is not an action or subject type');

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const auditFilterInput = z
  .object({
    subjectId: z.preprocess(blankToUndefined, z.string().trim().max(100, 'is too long').optional()),
    subjectType: z.preprocess(blankToUndefined, identifier.optional()),
    actorId: z.preprocess(blankToUndefined, objectId.optional()),
    action: z.preprocess(blankToUndefined, identifier.optional()),
    from: z.preprocess(blankToUndefined, isoDate.optional()),
    to: z.preprocess(blankToUndefined, isoDate.optional()),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'must not be before from',
    path: ['to'],
  });

/** The audit log's filters as GraphQL gives them. */
export interface AuditFilterArgs {
  subjectId?: string | null;
  subjectType?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The instant a day (YYYY-MM-DD) begins in Dutch time. Amsterdam's offset at local midnight equals
 * its offset at 00:00 UTC that day (clocks change at 01:00 UTC), so one lookup is enough.
 */
function startOfDutchDay(day: string): Date {
  const atUtcMidnight = new Date(`${day}T00:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    timeZoneName: 'longOffset',
  })
    .formatToParts(atUtcMidnight)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})/.exec(offset ?? '');
  return new Date(`${day}T00:00:00${match?.[1] ?? 'Z'}`);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Validates the filters and builds the database filter: equality on indexed fields and one range
 * on `at` (indexes on AuditEvent), nothing FerretDB 1.x cannot run. Bad input is BAD_USER_INPUT
 * with the field; an unknown action or subject simply matches nothing.
 */
export function auditFilter(args: unknown): QueryFilter<AuditEventRecord> {
  const input = parseInput(auditFilterInput, args);
  const filter: QueryFilter<AuditEventRecord> = {};
  if (input.subjectId) filter.subjectId = input.subjectId;
  if (input.subjectType) filter.subjectType = input.subjectType;
  if (input.actorId) filter.actorId = input.actorId;
  if (input.action) filter.action = input.action;
  if (input.from || input.to) {
    filter.at = {
      ...(input.from ? { $gte: startOfDutchDay(input.from) } : {}),
      ...(input.to ? { $lt: startOfDutchDay(nextDay(input.to)) } : {}),
    };
  }
  return filter;
}

/** A page of the audit log, narrowed by the filters, newest first: managers and admins. */
export function auditLog(ctx: RequestContext, args: PageArgs & AuditFilterArgs) {
  assertCan(ctx.viewer, 'audit:read');
  return pageOfQuery<AuditEventRecord>(ctx.runtime.models.AuditEvent, auditFilter(args), NEWEST_FIRST, args);
}

/**
 * Every event matching `filter`, newest first, one at a time from a database cursor: the CSV export
 * (the caller has asked `can(viewer, 'audit:read')`).
 */
export function auditEventsMatching(
  models: Models,
  filter: QueryFilter<AuditEventRecord>,
): AsyncIterable<AuditEventRecord> {
  return models.AuditEvent.find(filter).sort(NEWEST_FIRST).lean<AuditEventRecord[]>().cursor();
}

/** The name or title a change recorded for its subject (after the change, else before), if any. */
export function subjectLabelOf(event: Pick<AuditEventRecord, 'before' | 'after'>): string | null {
  for (const state of [event.after, event.before]) {
    if (state && typeof state === 'object') {
      const { name, title } = state as { name?: unknown; title?: unknown };
      if (typeof name === 'string' && name) return name;
      if (typeof title === 'string' && title) return title;
    }
  }
  return null;
}

/**
 * The actions, subject types and people recorded so far, sorted, for the filters' choices (the
 * people by name; only id and name are read). `distinct` runs on FerretDB 1.x and MongoDB alike; on
 * MongoDB the `action`, `actorId` and `subjectType` indexes answer it.
 */
export async function auditLogFacets(ctx: RequestContext) {
  assertCan(ctx.viewer, 'audit:read');
  const { AuditEvent, User } = ctx.runtime.models;
  const [actions, subjectTypes, actorIds] = await Promise.all([
    AuditEvent.distinct('action').exec() as Promise<string[]>,
    AuditEvent.distinct('subjectType').exec() as Promise<string[]>,
    AuditEvent.distinct('actorId').exec() as Promise<Array<Types.ObjectId | null>>,
  ]);
  const ids = actorIds.filter((id): id is Types.ObjectId => id !== null);
  const people = await User.find({ _id: { $in: ids } }, { name: 1 })
    .lean<Array<{ _id: Types.ObjectId; name: string }>>()
    .exec();
  return {
    actions: [...actions].sort(),
    subjectTypes: [...subjectTypes].sort(),
    actors: people
      .map((person) => ({ id: String(person._id), name: person.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)),
  };
}

import type { Types } from 'mongoose';
import type { WebhookEventKind } from '../../../common/webhooks';
import type { Models } from '../../db/models';
import type { StandardRecord } from '../../db/models/Standard';
import type { WebhookEvent } from './queue';

/** A change as the audit log recorded it: what {@link webhookEventsOf} turns into events. */
export interface AuditedChange {
  auditId: string;
  action: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

type Standardish = Pick<StandardRecord, 'slug' | 'name' | 'lifecycle'> & { _id: Types.ObjectId };

/** How a standard appears in every payload. */
function standardData(standard: Standardish) {
  return {
    id: String(standard._id),
    slug: standard.slug,
    name: standard.name,
    lifecycle: standard.lifecycle,
  };
}

const event = (
  id: string,
  kind: WebhookEventKind,
  at: Date,
  municipalityId: string,
  data: Record<string, unknown>,
): WebhookEvent => ({ id, kind, at, municipalityId, data: { municipalityId, ...data } });

async function standardAndFollowers(
  models: Models,
  standardId: string,
  listens: (municipalityId: string) => boolean,
) {
  const standard = await models.Standard.findById(standardId, { slug: 1, name: 1, lifecycle: 1 })
    .lean<Standardish>()
    .exec();
  if (!standard) return null;
  const subscriptions = await models.Subscription.find({ standardId }, { municipalityId: 1 }).lean().exec();
  const followers = new Set(subscriptions.map((s) => s.municipalityId).filter(listens));
  return { standard, followers: [...followers] };
}

/**
 * The webhook events an audited change makes, one per municipality that should hear of it (the
 * followers of a standard, or the municipality an adoption belongs to). Event ids derive from the
 * audit event's id, so they are stable and unique. Changes of other kinds make none.
 */
export async function webhookEventsOf(
  models: Models,
  change: AuditedChange,
  /** Whether any webhook of this municipality exists: only those get events (and cost reads). */
  listens: (municipalityId: string) => boolean,
): Promise<WebhookEvent[]> {
  const after = (change.after ?? {}) as Record<string, unknown>;
  const before = (change.before ?? {}) as Record<string, unknown>;
  const id = `evt_${change.auditId}`;
  if (change.action === 'standard:publishVersion') {
    const found = await standardAndFollowers(models, change.subjectId, listens);
    if (!found) return [];
    const standard = standardData(found.standard);
    const version = after.version as { number: string; date: string; changes: string };
    return found.followers.flatMap((m) => [
      event(id, 'standard.version_published', change.at, m, { standard, version }),
      event(`${id}_review`, 'review_task.created', change.at, m, {
        standard,
        version: version.number,
        status: 'OPEN',
      }),
    ]);
  }
  if (change.action === 'standard:lifecycle' || change.action === 'standard:update') {
    if (!after.lifecycle || before.lifecycle === after.lifecycle) return [];
    const found = await standardAndFollowers(models, change.subjectId, listens);
    if (!found) return [];
    const data = {
      standard: standardData(found.standard),
      from: before.lifecycle ?? null,
      to: after.lifecycle,
      reason: after.reason ?? null,
      successorId: after.successorId ?? null,
    };
    return found.followers.map((m) => event(id, 'standard.lifecycle_changed', change.at, m, data));
  }
  if (
    change.action === 'adoption:update' &&
    typeof after.municipalityId === 'string' &&
    listens(after.municipalityId)
  ) {
    const standard = await models.Standard.findById(after.standardId, { slug: 1, name: 1, lifecycle: 1 })
      .lean<Standardish>()
      .exec();
    if (!standard) return [];
    return [
      event(id, 'adoption.updated', change.at, after.municipalityId, {
        standard: standardData(standard),
        status: after.status ?? null,
        targetDate: after.targetDate ?? null,
        adoptedVersion: after.adoptedVersion ?? null,
        previousStatus: before.status ?? null,
      }),
    ];
  }
  return [];
}

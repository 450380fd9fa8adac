import type { Viewer } from '../auth/viewer';
import type { Topic, TopicPayload } from '../events/topics';
import { recordAudit } from './audit/record';
import type { RequestContext } from './context';
import { queueWebhooksFor } from './webhook/dispatch';
import { queueMailForEvents } from './mail/triggers';

/** One event to publish after a change: a topic of the registry with its payload. */
export type DomainEvent = { [T in Topic]: { topic: T; payload: TopicPayload<T> } }[Topic];

/** What a command changed, as the audit log and the live subscribers need to know it. */
export interface Change {
  /** The audit action, `resource:verb` (e.g. `standard:publishVersion`). */
  action: string;
  subjectType: string;
  subjectId: string;
  /** The state before (null for a creation); plain JSON-like data. */
  before?: unknown;
  /** The state after (null for a removal); plain JSON-like data. */
  after?: unknown;
  /** Published once the audit event is written. */
  events?: DomainEvent[];
  /**
   * Writes of the same change still under way (a history entry being filed, a review task being
   * closed): the audit event is written beside them, and the events published once all are done.
   */
  alongside?: Promise<unknown>[];
}

/**
 * The last step of every state-changing command, after it validated, authorized (assertCan) and
 * wrote through its store: appends the audit event and publishes the change. Written after the
 * change (FerretDB has no transactions): a crash in between loses an audit line, never a write.
 */
export async function recordChange(
  ctx: RequestContext,
  viewer: Viewer | null,
  change: Change,
): Promise<void> {
  const { models, pubsub } = ctx.runtime;
  const at = ctx.runtime.now();
  const [auditId] = await Promise.all([
    recordAudit(models, {
      actorId: viewer?.id ?? null,
      apiToken: viewer?.apiToken ? { id: viewer.apiToken.id, name: viewer.apiToken.name } : null,
      action: change.action,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      before: change.before ?? null,
      after: change.after ?? null,
      at,
    }),
    ...(change.alongside ?? []),
  ]);
  // Subscribers hear of the change as soon as it and its audit entry are written; webhooks and
  // mail are queued after, in the database, for their own senders.
  for (const event of change.events ?? []) pubsub.publish(event.topic, event.payload as never);
  await queueWebhooksFor(ctx.runtime, { auditId, at, ...change }, await ctx.loaders.dataVersions());
  await queueMailForEvents(ctx.runtime, viewer, change.events ?? []);
}

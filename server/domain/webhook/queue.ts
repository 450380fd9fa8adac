import type { Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { WebhookRecord } from '../../db/models/Webhook';

/** Batch size for inserting deliveries, well under FerretDB's 100-statement hang. */
const INSERT_BATCH = 50;

/** One event for the webhooks of one municipality. */
export interface WebhookEvent {
  /** Stable across retries; unique per webhook (a second queueing of it is ignored). */
  id: string;
  kind: string;
  at: Date;
  municipalityId: string;
  data: Record<string, unknown>;
}

/** The JSON body a receiver gets: `{ id, kind, timestamp, data }`. */
export function deliveryBody(event: WebhookEvent): string {
  return JSON.stringify({
    id: event.id,
    kind: event.kind,
    timestamp: event.at.toISOString(),
    data: event.data,
  });
}

/** A delivery document for `webhook`, waiting (PENDING) or held while the webhook is paused. */
export function deliveryFor(
  webhook: Pick<WebhookRecord, '_id' | 'status'>,
  event: WebhookEvent,
  now: Date,
  sendWhilePaused = false,
) {
  return {
    webhookId: webhook._id as Types.ObjectId,
    eventId: event.id,
    kind: event.kind,
    body: deliveryBody(event),
    status: webhook.status === 'PAUSED' && !sendWhilePaused ? 'HELD' : 'PENDING',
    queuedAt: now,
    nextAttemptAt: now,
  } as const;
}

/** What queueing needs of a webhook. */
export type WebhookListener = Pick<WebhookRecord, '_id' | 'municipalityId' | 'kinds' | 'status'>;

/**
 * Queues `events` for every webhook of their municipality that chose their kind (of `webhooks`,
 * all there are): written to the database before anything is sent. Returns how many deliveries
 * were queued.
 */
export async function queueWebhookEvents(
  models: Models,
  webhooks: readonly WebhookListener[],
  events: WebhookEvent[],
  now: Date,
): Promise<number> {
  if (events.length === 0) return 0;
  const docs = events.flatMap((event) =>
    webhooks
      .filter((w) => w.municipalityId === event.municipalityId && w.kinds.includes(event.kind as never))
      .map((w) => deliveryFor(w, event, now)),
  );
  for (let start = 0; start < docs.length; start += INSERT_BATCH)
    await models.WebhookDelivery.insertMany(docs.slice(start, start + INSERT_BATCH), { ordered: false });
  return docs.length;
}

/**
 * Webhooks: the event kinds a municipality's systems (or their suppliers') may receive, shared by
 * the server, which delivers them, and the web app's webhook page, which offers them.
 * docs/webhooks.md describes each payload.
 */

/** The kinds a webhook can choose; each is sent only for the municipality that owns the webhook. */
export const WEBHOOK_EVENT_KINDS = [
  'standard.version_published',
  'standard.lifecycle_changed',
  'review_task.created',
  'adoption.updated',
] as const;

/** One kind a webhook can choose. */
export type WebhookEventKind = (typeof WEBHOOK_EVENT_KINDS)[number];

/** The kind of "send a test event", delivered whichever kinds the webhook chose. */
export const WEBHOOK_TEST_KIND = 'webhook.test';

/** Longest URL Koers accepts for a webhook. */
export const MAX_WEBHOOK_URL_LENGTH = 500;

/** Longest description of a webhook (what or whose system it is). */
export const MAX_WEBHOOK_DESCRIPTION_LENGTH = 200;

/** Consecutive failed attempts after which a webhook pauses itself and tells its owner. */
export const WEBHOOK_PAUSE_AFTER_FAILURES = 10;

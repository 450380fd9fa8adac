import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  MAX_WEBHOOK_DESCRIPTION_LENGTH,
  MAX_WEBHOOK_URL_LENGTH,
  WEBHOOK_EVENT_KINDS,
  WEBHOOK_TEST_KIND,
} from '../../../common/webhooks';
import { cbsCode, optionalText, text } from '../../../common/validation';
import { assertCan, can } from '../../auth/can';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import type { WebhookRecord } from '../../db/models/Webhook';
import type { WebhookDeliveryRecord } from '../../db/models/WebhookDelivery';
import { WebhookDeliveryStore } from '../../db/stores/webhookDeliveryStore';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseCbsCode, parseInput, parseObjectId } from '../validation';
import { parseWebhookUrl, resolveWebhookHost, WebhookAddressError } from './address';
import { deliveryFor } from './queue';
import { generateWebhookSecret, sealSecret } from './secret';

const registerInput = z.object({
  url: text(MAX_WEBHOOK_URL_LENGTH).min(1, 'must not be empty'),
  description: optionalText(MAX_WEBHOOK_DESCRIPTION_LENGTH).transform((value) => value ?? ''),
  kinds: z
    .array(z.enum(WEBHOOK_EVENT_KINDS, { message: `must be one of ${WEBHOOK_EVENT_KINDS.join(', ')}` }))
    .min(1, 'must name at least one event kind')
    .transform((kinds) => [...new Set(kinds)]),
  municipalityId: cbsCode.nullish(),
});

/** Input of `registerWebhook` as the client sends it. */
export interface RegisterWebhookArgs {
  url: string;
  description?: string | null;
  kinds: string[];
  municipalityId?: string | null;
}

/** What the audit log keeps of a webhook: never its secret. */
function auditState(webhook: Pick<WebhookRecord, 'url' | 'kinds' | 'municipalityId' | 'status'>) {
  return {
    url: webhook.url,
    kinds: webhook.kinds,
    municipalityId: webhook.municipalityId,
    status: webhook.status,
  };
}

/**
 * Checks the URL's form and every address its host resolves to now (delivery checks again);
 * BAD_USER_INPUT on `url` with the reason.
 */
async function checkUrl(ctx: RequestContext, raw: string): Promise<string> {
  const { config } = ctx.runtime;
  const policy = { allowHttp: config.webhookAllowHttp, allowPrivate: config.webhookAllowPrivate };
  try {
    const url = parseWebhookUrl(raw, policy);
    await resolveWebhookHost(url, policy);
    return url.href;
  } catch (error) {
    if (error instanceof WebhookAddressError) throw badUserInput('url', error.message);
    throw error;
  }
}

/**
 * Registers a webhook for a municipality (an editor's own by default): validate, authorize, check
 * the address, store the secret sealed, audit, and hand the secret back this once.
 */
export async function registerWebhook(ctx: RequestContext, args: RegisterWebhookArgs) {
  const signedIn = requireViewer(ctx.viewer);
  const input = parseInput(registerInput, args);
  const municipalityId = input.municipalityId ?? signedIn.municipalityId;
  if (!municipalityId) throw badUserInput('municipalityId', 'name the municipality the webhook is for');
  const viewer = assertCan(ctx.viewer, 'webhook:manage', { municipalityId });
  if (!(await ctx.loaders.municipalityById.load(municipalityId))) throw notFound('Municipality');
  const url = await checkUrl(ctx, input.url);
  const secret = generateWebhookSecret();
  const created = await ctx.runtime.models.Webhook.create({
    municipalityId,
    url,
    description: input.description,
    kinds: input.kinds,
    sealedSecret: sealSecret(secret, ctx.runtime.config.sessionSecret),
    ownerId: viewer.id,
  });
  const webhook = created.toObject() as WebhookRecord;
  await recordChange(ctx, viewer, {
    action: 'webhook:create',
    subjectType: 'Webhook',
    subjectId: String(webhook._id),
    after: auditState(webhook),
  });
  return { secret, webhook };
}

/** The webhook with `id` when the viewer may manage it; NOT_FOUND or FORBIDDEN otherwise. */
async function managedWebhook(
  ctx: RequestContext,
  id: string,
): Promise<{ viewer: Viewer; webhook: WebhookRecord }> {
  requireViewer(ctx.viewer);
  const webhook = await ctx.runtime.models.Webhook.findById(parseObjectId('id', id))
    .lean<WebhookRecord>()
    .exec();
  if (!webhook) throw notFound('Webhook');
  const viewer = assertCan(ctx.viewer, 'webhook:manage', { municipalityId: webhook.municipalityId });
  return { viewer, webhook };
}

/**
 * The webhooks a viewer manages, newest first: one municipality's (an editor's own by default), or,
 * for an admin asking for no municipality, every webhook.
 */
export async function listWebhooks(ctx: RequestContext, args: { municipalityId?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const asked = args.municipalityId ? parseCbsCode('municipalityId', args.municipalityId) : null;
  const every = asked === null && can(viewer, 'webhook:manage', { municipalityId: null });
  const municipalityId = every ? null : (asked ?? viewer.municipalityId);
  assertCan(viewer, 'webhook:manage', { municipalityId });
  return ctx.runtime.models.Webhook.find(every ? {} : { municipalityId })
    .sort({ createdAt: -1, _id: -1 })
    .lean<WebhookRecord[]>()
    .exec();
}

/** Removes a webhook with its delivery log; nothing more is sent to it. */
export async function deleteWebhook(ctx: RequestContext, id: string) {
  const { viewer, webhook } = await managedWebhook(ctx, id);
  const { models } = ctx.runtime;
  await models.Webhook.deleteOne({ _id: webhook._id });
  await new WebhookDeliveryStore(models).removeForWebhook(webhook._id);
  await recordChange(ctx, viewer, {
    action: 'webhook:delete',
    subjectType: 'Webhook',
    subjectId: id,
    before: auditState(webhook),
  });
  return id;
}

/** Pauses by hand: deliveries are held (not lost) until it resumes. */
export async function pauseWebhook(ctx: RequestContext, id: string) {
  const { viewer, webhook } = await managedWebhook(ctx, id);
  if (webhook.status === 'PAUSED') return webhook;
  const { models } = ctx.runtime;
  const paused = await models.Webhook.findOneAndUpdate(
    { _id: webhook._id },
    { $set: { status: 'PAUSED', pausedReason: 'MANUAL', pausedAt: ctx.runtime.now() } },
    { returnDocument: 'after' },
  )
    .lean<WebhookRecord>()
    .exec();
  if (!paused) throw notFound('Webhook');
  await models.WebhookDelivery.updateMany(
    { webhookId: webhook._id, status: 'PENDING', kind: { $ne: WEBHOOK_TEST_KIND } },
    { $set: { status: 'HELD' } },
  );
  await recordChange(ctx, viewer, {
    action: 'webhook:pause',
    subjectType: 'Webhook',
    subjectId: id,
    before: auditState(webhook),
    after: auditState(paused),
  });
  return paused;
}

/**
 * Resumes a paused webhook: its failure count starts again at zero and the held deliveries are
 * sent now, with a fresh 24-hour retry window.
 */
export async function resumeWebhook(ctx: RequestContext, id: string) {
  const { viewer, webhook } = await managedWebhook(ctx, id);
  if (webhook.status === 'ACTIVE') return webhook;
  const { models } = ctx.runtime;
  const now = ctx.runtime.now();
  const resumed = await models.Webhook.findOneAndUpdate(
    { _id: webhook._id },
    { $set: { status: 'ACTIVE', pausedReason: null, pausedAt: null, consecutiveFailures: 0 } },
    { returnDocument: 'after' },
  )
    .lean<WebhookRecord>()
    .exec();
  if (!resumed) throw notFound('Webhook');
  await models.WebhookDelivery.updateMany(
    { webhookId: webhook._id, status: 'HELD' },
    { $set: { status: 'PENDING', queuedAt: now, nextAttemptAt: now, leaseUntil: null } },
  );
  await recordChange(ctx, viewer, {
    action: 'webhook:resume',
    subjectType: 'Webhook',
    subjectId: id,
    before: auditState(webhook),
    after: auditState(resumed),
  });
  void ctx.runtime.webhooks.drain();
  return resumed;
}

/**
 * Queues a `webhook.test` event for this webhook alone (also while it is paused, to check the
 * receiver before resuming) and sends it at once; the delivery log shows the outcome.
 */
export async function sendTestWebhookEvent(ctx: RequestContext, id: string) {
  const { webhook } = await managedWebhook(ctx, id);
  const now = ctx.runtime.now();
  const event = {
    id: `evt_test_${randomUUID()}`,
    kind: WEBHOOK_TEST_KIND,
    at: now,
    municipalityId: webhook.municipalityId,
    data: { webhookId: String(webhook._id), message: 'Testbericht van Koers / test event from Koers' },
  };
  const created = await ctx.runtime.models.WebhookDelivery.create(deliveryFor(webhook, event, now, true));
  void ctx.runtime.webhooks.drain();
  return created.toObject() as WebhookDeliveryRecord;
}

/** A webhook's delivery log, newest first; by id for `webhookDeliveries`, or of a webhook read already. */
export async function listWebhookDeliveries(
  ctx: RequestContext,
  webhookOrId: WebhookRecord | string,
  args: PageArgs,
) {
  const webhook =
    typeof webhookOrId === 'string' ? (await managedWebhook(ctx, webhookOrId)).webhook : webhookOrId;
  assertCan(ctx.viewer, 'webhook:manage', { municipalityId: webhook.municipalityId });
  return pageOfQuery<WebhookDeliveryRecord>(
    ctx.runtime.models.WebhookDelivery,
    { webhookId: webhook._id },
    { queuedAt: -1, _id: -1 },
    args,
    { body: 0 },
  );
}

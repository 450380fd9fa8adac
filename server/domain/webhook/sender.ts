import { WEBHOOK_PAUSE_AFTER_FAILURES, WEBHOOK_TEST_KIND } from '../../../common/webhooks';
import type { Config } from '../../config';
import type { Models } from '../../db/models';
import type { WebhookRecord } from '../../db/models/Webhook';
import { WebhookDeliveryStore, type ClaimedDelivery } from '../../db/stores/webhookDeliveryStore';
import { NOTIFICATION_ADDED } from '../../events/topics';
import type { PubSub } from '../../events/pubsub';
import type { Logger } from '../../logger';
import { recordAudit } from '../audit/record';
import { parseWebhookUrl, resolveWebhookHost, WebhookAddressError } from './address';
import { nextAttemptAt } from './schedule';
import { openSecret } from './secret';
import { postJson, type SendOutcome } from './send';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

/** A claimed delivery is this process's for this long; longer than any attempt can take. */
const LEASE_MS = 60_000;
/** How often each process looks for due retries (new deliveries are sent at once). */
const POLL_MS = 5_000;

/** What the sender needs of the runtime. */
export interface SenderDeps {
  config: Pick<Config, 'sessionSecret' | 'webhookAllowHttp' | 'webhookAllowPrivate'>;
  models: Models;
  pubsub: PubSub;
  logger: Logger;
  now(): Date;
}

/**
 * Sends queued webhook deliveries, in every process. A delivery is claimed with a lease
 * (WebhookDeliveryStore), so two processes never send the same one at once; a process
 * that dies mid-attempt leaves a lease that runs out, and another sends the delivery again (the
 * receiver sees the same event id). Each attempt is logged on the delivery; a failure schedules the
 * next (exponential backoff for up to 24 hours, schedule.ts), and the webhook's tenth consecutive
 * failure pauses it and tells its owner.
 */
export class WebhookSender {
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private readonly store: WebhookDeliveryStore;

  constructor(private readonly deps: SenderDeps) {
    this.store = new WebhookDeliveryStore(deps.models);
  }

  /**
   * Sends what is due now (deliveries a stopped process queued or left leased) and then looks for
   * due deliveries every few seconds until {@link close}.
   */
  start(): void {
    void this.drain();
    this.timer = setInterval(() => void this.drain(), POLL_MS);
    this.timer.unref();
  }

  /**
   * Sends every delivery due now; resolves when a pass that began after this call has ended.
   * Passes run one after another in a process (processes share the work through the leases).
   */
  drain(): Promise<void> {
    this.chain = this.chain
      .then(() => this.pass())
      .catch((error: unknown) => {
        this.deps.logger.error({ err: error }, 'webhook delivery pass failed');
      });
    return this.chain;
  }

  /** Stops polling and waits for the pass in progress. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.chain;
  }

  private async pass(): Promise<void> {
    while (!this.closed) {
      const claimed = await this.store.claimDue(this.deps.now(), LEASE_MS);
      if (!claimed) return;
      await this.attempt(claimed);
    }
  }

  private async attempt(claimed: ClaimedDelivery): Promise<void> {
    const { models } = this.deps;
    const { delivery } = claimed;
    const webhook = await models.Webhook.findById(delivery.webhookId).lean<WebhookRecord>().exec();
    if (!webhook) {
      await this.store.finish(claimed, { status: 'FAILED' });
      return;
    }
    if (webhook.status === 'PAUSED' && delivery.kind !== WEBHOOK_TEST_KIND) {
      await this.store.finish(claimed, { status: 'HELD' });
      return;
    }
    const at = this.deps.now();
    const outcome = await this.send(webhook, delivery.body, at);
    const ok = outcome.responseCode !== null && outcome.responseCode >= 200 && outcome.responseCode < 300;
    const attempt = { at, ...outcome };
    const retryAt = ok ? null : nextAttemptAt(delivery.queuedAt, delivery.attempts.length + 1, at);
    const set = ok
      ? { status: 'DELIVERED' as const }
      : retryAt
        ? { status: 'PENDING' as const, nextAttemptAt: retryAt }
        : { status: 'FAILED' as const };
    await this.store.finish(claimed, set, attempt);
    if (ok) {
      if (webhook.consecutiveFailures > 0)
        await models.Webhook.updateOne({ _id: webhook._id }, { $set: { consecutiveFailures: 0 } });
      return;
    }
    const counted = await models.Webhook.findOneAndUpdate(
      { _id: webhook._id },
      { $inc: { consecutiveFailures: 1 } },
      { returnDocument: 'after' },
    )
      .lean<WebhookRecord>()
      .exec();
    if (counted && counted.status === 'ACTIVE' && counted.consecutiveFailures >= WEBHOOK_PAUSE_AFTER_FAILURES)
      await this.pauseForFailures(counted);
  }

  /** POSTs the body, signed now; whatever stops it from being sent fails like a network error. */
  private async send(webhook: WebhookRecord, body: string, at: Date): Promise<SendOutcome> {
    const { config } = this.deps;
    const policy = { allowHttp: config.webhookAllowHttp, allowPrivate: config.webhookAllowPrivate };
    try {
      const url = parseWebhookUrl(webhook.url, policy);
      const pinned = await resolveWebhookHost(url, policy);
      const timestamp = Math.floor(at.getTime() / 1000);
      const secret = openSecret(webhook.sealedSecret, config.sessionSecret);
      return await postJson(url, pinned, body, {
        [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, body),
      });
    } catch (error) {
      // A refused address, or a secret that no longer opens (SESSION_SECRET changed): a failed
      // attempt like any other, logged on the delivery, so the webhook's owner sees why.
      const reason =
        error instanceof WebhookAddressError
          ? `refused: ${error.message}`
          : `not sent: ${error instanceof Error ? error.message : String(error)}`;
      return { responseCode: null, durationMs: 0, error: reason };
    }
  }

  /**
   * Pauses a webhook after its tenth consecutive failure, once (the filter on ACTIVE lets one
   * process win), holds its waiting deliveries and tells its owner through a notification.
   */
  private async pauseForFailures(webhook: WebhookRecord): Promise<void> {
    const { models, pubsub } = this.deps;
    const now = this.deps.now();
    const paused = await models.Webhook.findOneAndUpdate(
      { _id: webhook._id, status: 'ACTIVE' },
      { $set: { status: 'PAUSED', pausedReason: 'FAILURES', pausedAt: now } },
      { returnDocument: 'after' },
    )
      .lean<WebhookRecord>()
      .exec();
    if (!paused) return;
    await models.WebhookDelivery.updateMany(
      { webhookId: webhook._id, status: 'PENDING', kind: { $ne: WEBHOOK_TEST_KIND } },
      { $set: { status: 'HELD' } },
    );
    await recordAudit(models, {
      actorId: null,
      action: 'webhook:pause',
      subjectType: 'Webhook',
      subjectId: String(webhook._id),
      before: { status: 'ACTIVE' },
      after: { status: 'PAUSED', reason: 'FAILURES', consecutiveFailures: paused.consecutiveFailures },
      at: now,
    });
    const notification = await models.Notification.create({
      userId: webhook.ownerId,
      kind: 'WEBHOOK_PAUSED',
      message: `De webhook naar ${webhook.url} is gepauzeerd na ${paused.consecutiveFailures} mislukte pogingen op rij. Hervat hem als de ontvanger weer werkt.`,
      subjectType: 'Webhook',
      subjectId: String(webhook._id),
    });
    pubsub.publish(NOTIFICATION_ADDED, {
      notificationId: String(notification._id),
      userId: String(webhook.ownerId),
    });
  }
}

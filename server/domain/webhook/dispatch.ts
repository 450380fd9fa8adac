import type { DataVersions } from '../../db/dataVersion';
import { WEBHOOKS_VERSION } from '../../db/models/Webhook';
import type { Runtime } from '../../runtime';
import { webhookEventsOf, type AuditedChange } from './events';
import { queueWebhookEvents, type WebhookListener } from './queue';

/**
 * The webhook step of recordChange: queues the events an audited change makes for the webhooks
 * that chose them, then wakes this process's sender. The webhooks are read from memory while none
 * changed (`versions`, the request's), so a change nobody listens to costs no query. A failure
 * here is logged and never fails the command, whose change is already written.
 */
export async function queueWebhooksFor(
  runtime: Pick<Runtime, 'models' | 'logger' | 'webhooks' | 'now' | 'cache'>,
  change: AuditedChange,
  versions: DataVersions,
): Promise<void> {
  try {
    const webhooks = await runtime.cache.get(versions, [WEBHOOKS_VERSION], 'webhookListeners', () =>
      runtime.models.Webhook.find({}, { _id: 1, municipalityId: 1, kinds: 1, status: 1 })
        .lean<WebhookListener[]>()
        .exec(),
    );
    if (webhooks.length === 0) return;
    const listening = new Set(webhooks.map((w) => w.municipalityId));
    const events = await webhookEventsOf(runtime.models, change, (m) => listening.has(m));
    if ((await queueWebhookEvents(runtime.models, webhooks, events, runtime.now())) > 0)
      void runtime.webhooks.drain();
  } catch (error) {
    runtime.logger.error({ err: error, action: change.action }, 'queueing webhook deliveries failed');
  }
}

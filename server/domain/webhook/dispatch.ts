import type { Runtime } from '../../runtime';
import { webhookEventsOf, type AuditedChange } from './events';
import { queueWebhookEvents } from './queue';

/**
 * The webhook step of recordChange: queues the events an audited change makes for the webhooks
 * that chose them, then wakes this process's sender. A failure here is logged and never fails the
 * command, whose change is already written.
 */
export async function queueWebhooksFor(
  runtime: Pick<Runtime, 'models' | 'logger' | 'webhooks' | 'now'>,
  change: AuditedChange,
): Promise<void> {
  try {
    const events = await webhookEventsOf(runtime.models, change);
    if ((await queueWebhookEvents(runtime.models, events, runtime.now())) > 0) void runtime.webhooks.drain();
  } catch (error) {
    runtime.logger.error({ err: error, action: change.action }, 'queueing webhook deliveries failed');
  }
}

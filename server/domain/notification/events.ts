import { assertCan } from '../../auth/can';
import { notFound } from '../../errors';
import { filterEvents } from '../../events/filterEvents';
import { NOTIFICATION_ADDED, type NotificationAddedEvent } from '../../events/topics';
import type { RequestContext } from '../context';

/** The viewer's own new notifications, live. */
export function subscribeToNotifications(ctx: RequestContext): AsyncIterableIterator<NotificationAddedEvent> {
  const viewer = assertCan(ctx.viewer, 'notification:read');
  return filterEvents(ctx.runtime.pubsub.subscribe(NOTIFICATION_ADDED), (e) => e.userId === viewer.id);
}

/** The notification an event names, as it is now. */
export async function notificationOfEvent(ctx: RequestContext, event: NotificationAddedEvent) {
  const notification = await ctx.runtime.models.Notification.findById(event.notificationId).lean().exec();
  if (!notification) throw notFound('Notification');
  return notification;
}

import { requireViewer } from '../../auth/guards';
import { NOTIFICATION_ADDED, filterEvents, type NotificationAddedEvent } from '../../events/topics';
import { notFound } from '../../errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { GraphQLContext } from '../context';
import { listNotifications, markNotificationsRead } from '../../domain/notification/service';

/** The viewer's notifications, and new ones live. */
export const notificationResolvers: Resolvers = {
  Query: {
    notifications: (_parent, args, ctx) => listNotifications(ctx, args),
  },
  Mutation: {
    markNotificationsRead: (_parent, args, ctx) => markNotificationsRead(ctx, args.ids),
  },
  Subscription: {
    notificationAdded: {
      subscribe: (_parent, _args, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        return filterEvents(
          ctx.runtime.pubsub.subscribe<NotificationAddedEvent>(NOTIFICATION_ADDED),
          (e) => e.userId === viewer.id,
        );
      },
      resolve: async (event: NotificationAddedEvent, _args: unknown, ctx: GraphQLContext) => {
        const notification = await ctx.runtime.models.Notification.findById(event.notificationId)
          .lean()
          .exec();
        if (!notification) throw notFound('Melding');
        return notification;
      },
    },
  },
  Notification: {
    id: (n) => String(n._id),
    standard: (n, _args, ctx) =>
      n.subjectType === 'Standard' ? ctx.loaders.standardById.load(n.subjectId) : null,
    read: (n) => n.readAt !== null && n.readAt !== undefined,
  },
};

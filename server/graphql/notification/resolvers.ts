import type { NotificationAddedEvent } from '../../events/topics';
import { notificationOfEvent, subscribeToNotifications } from '../../domain/notification/events';
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
      subscribe: (_parent, _args, ctx) => subscribeToNotifications(ctx),
      resolve: (event: NotificationAddedEvent, _args: unknown, ctx: GraphQLContext) =>
        notificationOfEvent(ctx, event),
    },
  },
  Notification: {
    id: (n) => String(n._id),
    standard: (n, _args, ctx) =>
      n.subjectType === 'Standard' ? ctx.loaders.standardById.load(n.subjectId) : null,
    read: (n) => n.readAt !== null && n.readAt !== undefined,
  },
};

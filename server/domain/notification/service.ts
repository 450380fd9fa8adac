import { assertCan } from '../../auth/can';
import type { Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { NotificationRecord } from '../../db/models/Notification';
import { badUserInput } from '../../errors';
import { NOTIFICATION_ADDED, type NotificationAddedEvent } from '../../events/topics';
import type { UserRecord } from '../../db/models/User';
import type { Runtime } from '../../runtime';
import type { RequestContext } from '../context';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { parseObjectId } from '../validation';

/** Batch size for inserting notifications, well under FerretDB's 100-statement hang. */
const INSERT_BATCH = 50;

/** What to tell the subscribers of a standard. */
export interface StandardNotice {
  standardId: Types.ObjectId;
  kind: 'STANDARD_VERSION' | 'STANDARD_DEADLINE';
  message: string;
}

/**
 * The users whose municipality, or a member municipality of whose cooperation, follows the standard,
 * and those municipalities: a few queries regardless of the number of subscribers.
 */
export async function subscribersOf(models: Models, standardId: Types.ObjectId) {
  const subscriptions = await models.Subscription.find({ standardId }, { municipalityId: 1 }).lean().exec();
  const municipalityIds = [...new Set(subscriptions.map((s) => s.municipalityId))];
  if (municipalityIds.length === 0) return { municipalityIds, users: [] };
  const cooperations = await models.Cooperation.find({ memberIds: { $in: municipalityIds } }, { _id: 1 })
    .lean()
    .exec();
  const users = await models.User.find(
    {
      $or: [
        { municipalityId: { $in: municipalityIds } },
        { cooperationId: { $in: cooperations.map((c) => c._id) } },
      ],
    },
    { _id: 1, roles: 1 },
  )
    .lean<Pick<UserRecord, '_id' | 'roles'>[]>()
    .exec();
  return { municipalityIds, users };
}

/**
 * Notifies every subscriber of the standard (see {@link subscribersOf}) with batched inserts.
 * Returns the subscribed municipalities and their users (whom the caller may also e-mail).
 */
export async function notifySubscribers(runtime: Runtime, notice: StandardNotice) {
  const { models, pubsub } = runtime;
  const subscribers = await subscribersOf(models, notice.standardId);
  const docs = subscribers.users.map((user) => ({
    userId: user._id,
    kind: notice.kind,
    message: notice.message,
    subjectType: 'Standard',
    subjectId: String(notice.standardId),
  }));
  for (let start = 0; start < docs.length; start += INSERT_BATCH) {
    const inserted = await models.Notification.insertMany(docs.slice(start, start + INSERT_BATCH));
    for (const n of inserted) {
      pubsub.publish(NOTIFICATION_ADDED, {
        notificationId: String(n._id),
        userId: String(n.userId),
      } satisfies NotificationAddedEvent);
    }
  }
  return subscribers;
}

/** Arguments of the `notifications` query. */
export interface NotificationListArgs extends PageArgs {
  unreadOnly?: boolean | null;
}

/** The viewer's notifications, newest first. */
export function listNotifications(ctx: RequestContext, args: NotificationListArgs) {
  const viewer = assertCan(ctx.viewer, 'notification:read');
  const filter: Record<string, unknown> = { userId: viewer.id };
  if (args.unreadOnly) filter.readAt = null;
  return pageOfQuery<NotificationRecord>(
    ctx.runtime.models.Notification,
    filter,
    { createdAt: -1, _id: -1 },
    args,
  );
}

/** Marks the viewer's own notifications read (others' ids are ignored); returns how many changed. */
export async function markNotificationsRead(ctx: RequestContext, ids: readonly string[]): Promise<number> {
  const viewer = assertCan(ctx.viewer, 'notification:read');
  if (ids.length > 500) throw badUserInput('ids', 'at most 500 ids');
  const objectIds = ids.map((id) => parseObjectId('ids', id));
  if (objectIds.length === 0) return 0;
  const result = await ctx.runtime.models.Notification.updateMany(
    { _id: { $in: objectIds }, userId: viewer.id, readAt: null },
    { $set: { readAt: ctx.runtime.now() } },
  ).exec();
  return result.modifiedCount;
}

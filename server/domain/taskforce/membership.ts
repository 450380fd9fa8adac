import { requireViewer } from '../../auth/guards';
import { isAdmin } from '../../auth/viewer';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import { badUserInput, forbidden, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { TASKFORCE_MEMBERSHIP_CHANGED_TOPIC, type TaskforceMembershipChanged } from './events';
import { parseObjectId } from '../validation';

/** Adds or removes a member (admins only) and tells live sockets to re-decide access. */
export async function changeTaskforceMember(
  ctx: RequestContext,
  args: { taskforceId: string; userId: string },
  change: 'add' | 'remove',
): Promise<TaskforceRecord> {
  const viewer = requireViewer(ctx.viewer);
  if (!isAdmin(viewer)) throw forbidden();
  const taskforceId = parseObjectId('taskforceId', args.taskforceId);
  const userId = parseObjectId('userId', args.userId);
  const { models } = ctx.runtime;
  const user = await models.User.findById(userId, { _id: 1 }).lean();
  if (!user) throw badUserInput('userId', 'bestaat niet');
  const update =
    change === 'add' ? { $addToSet: { memberIds: user._id } } : { $pull: { memberIds: user._id } };
  const taskforce = await models.Taskforce.findOneAndUpdate({ _id: taskforceId }, update, {
    returnDocument: 'after',
  }).lean();
  if (!taskforce) throw notFound('Taskforce');
  const payload: TaskforceMembershipChanged = { taskforceId: args.taskforceId, userId: args.userId };
  ctx.runtime.pubsub.publish(TASKFORCE_MEMBERSHIP_CHANGED_TOPIC, payload);
  return taskforce;
}

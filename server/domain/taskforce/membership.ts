import { assertCan } from '../../auth/can';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { TASKFORCE_MEMBERSHIP_CHANGED } from '../../events/topics';
import { parseObjectId } from '../validation';

/** Adds or removes a member (admins only) and tells live sockets to re-decide access. */
export async function changeTaskforceMember(
  ctx: RequestContext,
  args: { taskforceId: string; userId: string },
  change: 'add' | 'remove',
): Promise<TaskforceRecord> {
  const viewer = assertCan(ctx.viewer, 'taskforce:manage');
  const taskforceId = parseObjectId('taskforceId', args.taskforceId);
  const userId = parseObjectId('userId', args.userId);
  const { models } = ctx.runtime;
  const user = await models.User.findById(userId, { _id: 1 }).lean();
  if (!user) throw badUserInput('userId', 'does not exist');
  const update =
    change === 'add' ? { $addToSet: { memberIds: user._id } } : { $pull: { memberIds: user._id } };
  const taskforce = await models.Taskforce.findOneAndUpdate({ _id: taskforceId }, update, {
    returnDocument: 'after',
  }).lean();
  if (!taskforce) throw notFound('Taskforce');
  await recordChange(ctx, viewer, {
    action: change === 'add' ? 'taskforce:addMember' : 'taskforce:removeMember',
    subjectType: 'Taskforce',
    subjectId: args.taskforceId,
    after: { userId: args.userId },
    events: [
      {
        topic: TASKFORCE_MEMBERSHIP_CHANGED,
        payload: { taskforceId: args.taskforceId, userId: args.userId },
      },
    ],
  });
  return taskforce;
}

import { Types } from 'mongoose';
import type { Viewer } from '../../auth/viewer';
import type { InitiativeRecord } from '../../db/models/Initiative';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import type { UserRecord } from '../../db/models/User';
import type { Runtime } from '../../runtime';
import type { DomainEvent } from '../change';
import { queueMail } from './queue';

const EXCERPT_LENGTH = 300;

/** A reply to someone's comment tells that someone (unless they replied to themselves). */
async function commentAdded(runtime: Runtime, actor: Viewer | null, commentId: string) {
  const { RoadmapComment, User } = runtime.models;
  const comment = await RoadmapComment.findById(commentId).lean<RoadmapCommentRecord>().exec();
  if (!comment?.parentId) return;
  const parent = await RoadmapComment.findById(comment.parentId).lean<RoadmapCommentRecord>().exec();
  if (!parent || String(parent.authorId) === actor?.id) return;
  const author = await User.findById(comment.authorId, { name: 1 }).lean<UserRecord>().exec();
  const excerpt =
    comment.body.length > EXCERPT_LENGTH ? `${comment.body.slice(0, EXCERPT_LENGTH - 1)}…` : comment.body;
  await queueMail(runtime, [parent.authorId], {
    kind: 'COMMENT',
    template: 'commentReply',
    params: {
      authorName: author?.name ?? '?',
      excerpt,
      path: `/roadmaps/${String(comment.roadmapId)}`,
    },
    keyFor: (userId) => `comment:${commentId}:${userId}`,
  });
}

/** A quick win's new status tells its owner and the people of its participating municipalities. */
async function quickWinStatus(runtime: Runtime, actor: Viewer | null, initiativeId: string) {
  const initiative = await runtime.models.Initiative.findById(initiativeId).lean<InitiativeRecord>().exec();
  if (!initiative) return;
  const users = await runtime.models.User.find(
    { municipalityId: { $in: initiative.participants.map((p) => p.municipalityId) } },
    { _id: 1 },
  )
    .lean()
    .exec();
  const userIds = users.map((u) => u._id);
  if (initiative.ownerUserId) userIds.push(new Types.ObjectId(String(initiative.ownerUserId)));
  await queueMail(
    runtime,
    userIds.filter((id) => String(id) !== actor?.id),
    {
      kind: 'QUICK_WIN',
      template: 'quickWinStatus',
      params: { title: initiative.title, status: initiative.status, path: `/quick-wins/${initiativeId}` },
      // One message per status a quick win reaches at a given moment.
      keyFor: (userId) =>
        `quickWin:${initiativeId}:${initiative.status}:${initiative.updatedAt.getTime()}:${userId}`,
    },
  );
}

/**
 * The mail side of {@link recordChange}: queues the e-mail that a change's domain events call for.
 * A failure is logged and does not undo the change (which is written and audited already).
 */
export async function queueMailForEvents(
  runtime: Runtime,
  actor: Viewer | null,
  events: readonly DomainEvent[],
): Promise<void> {
  for (const event of events) {
    try {
      if (event.topic === 'roadmap.commentChanged' && event.payload.kind === 'ADDED')
        await commentAdded(runtime, actor, event.payload.commentId);
      if (event.topic === 'initiative.changed' && event.payload.kind === 'STATUS')
        await quickWinStatus(runtime, actor, event.payload.initiativeId);
    } catch (error) {
      runtime.logger.error({ err: error, topic: event.topic }, 'could not queue e-mail for an event');
    }
  }
}

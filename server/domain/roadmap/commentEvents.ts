import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import { notFound } from '../../errors';
import type { DomainEvent } from '../change';
import { filterEvents } from '../../events/filterEvents';
import { oncePerEvent } from '../../events/oncePerEvent';
import { ROADMAP_COMMENT_CHANGED, type RoadmapCommentChangedPayload } from '../../events/topics';
import type { RequestContext } from '../context';
import { readableRoadmap } from './policy';

/** What `roadmapCommentChanged` resolves to: a GraphQL `RoadmapCommentChangedEvent`. */
export interface RoadmapCommentChange {
  kind: RoadmapCommentChangedPayload['kind'];
  comment: RoadmapCommentRecord;
}

/** The event that tells live subscribers of the comment's roadmap; published by recordChange. */
export function roadmapCommentChanged(
  kind: RoadmapCommentChangedPayload['kind'],
  comment: RoadmapCommentRecord,
): DomainEvent {
  return {
    topic: ROADMAP_COMMENT_CHANGED,
    payload: { kind, roadmapId: String(comment.roadmapId), commentId: String(comment._id) },
  };
}

/**
 * The comment events of one roadmap, for a viewer who may read it (authorized once, here, with the
 * errors of the `roadmapComments` query).
 */
export async function subscribeToRoadmapComments(
  ctx: RequestContext,
  roadmapId: string,
): Promise<AsyncIterableIterator<RoadmapCommentChangedPayload>> {
  const { roadmap } = await readableRoadmap(ctx, roadmapId);
  const id = String(roadmap._id);
  return filterEvents(
    ctx.runtime.pubsub.subscribe(ROADMAP_COMMENT_CHANGED),
    (event) => event.roadmapId === id,
  );
}

const readComment = oncePerEvent((event: RoadmapCommentChangedPayload, ctx: RequestContext) =>
  ctx.runtime.models.RoadmapComment.findById(event.commentId).lean<RoadmapCommentRecord>().exec(),
);

/** Resolves an event to the comment as it is now, for `roadmapCommentChanged`. */
export async function commentOfEvent(
  event: RoadmapCommentChangedPayload,
  _args: unknown,
  ctx: RequestContext,
): Promise<RoadmapCommentChange> {
  const comment = await readComment(event, ctx);
  if (!comment) throw notFound('Comment');
  return { kind: event.kind, comment };
}

import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import { notFound } from '../../errors';
import type { PubSub } from '../../events/pubsub';
import { filterEvents } from '../../events/topics';
import type { RoadmapCommentChangeKind } from '../../graphql/__generated__/resolvers-types';
import type { RequestContext } from '../context';
import { readableRoadmap } from './policy';

/** Topic of added and resolved roadmap comments on the PubSub. */
export const ROADMAP_COMMENT_CHANGED_TOPIC = 'roadmap.commentChanged';

/**
 * The JSON payload published on {@link ROADMAP_COMMENT_CHANGED_TOPIC}: ids only, so it crosses
 * Redis unchanged; subscribers read the comment as it is when they deliver it.
 */
export interface RoadmapCommentChangedPayload {
  kind: RoadmapCommentChangeKind;
  roadmapId: string;
  commentId: string;
}

/** What `roadmapCommentChanged` resolves to: a GraphQL `RoadmapCommentChangedEvent`. */
export interface RoadmapCommentChange {
  kind: RoadmapCommentChangeKind;
  comment: RoadmapCommentRecord;
}

/** Tells live subscribers of the comment's roadmap; call after the write succeeded. */
export function publishRoadmapCommentChanged(
  pubsub: PubSub,
  kind: RoadmapCommentChangeKind,
  comment: RoadmapCommentRecord,
): void {
  pubsub.publish(ROADMAP_COMMENT_CHANGED_TOPIC, {
    kind,
    roadmapId: String(comment.roadmapId),
    commentId: String(comment._id),
  } satisfies RoadmapCommentChangedPayload);
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
    ctx.runtime.pubsub.subscribe<RoadmapCommentChangedPayload>(ROADMAP_COMMENT_CHANGED_TOPIC),
    (event) => event.roadmapId === id,
  );
}

/** The comment an event names, read once per event: every subscriber in a process gets the same object. */
const commentReads = new WeakMap<RoadmapCommentChangedPayload, Promise<RoadmapCommentRecord | null>>();

/** Resolves an event to the comment as it is now, for `roadmapCommentChanged`. */
export async function commentOfEvent(
  event: RoadmapCommentChangedPayload,
  _args: unknown,
  ctx: RequestContext,
): Promise<RoadmapCommentChange> {
  let read = commentReads.get(event);
  if (!read) {
    read = ctx.runtime.models.RoadmapComment.findById(event.commentId).lean<RoadmapCommentRecord>().exec();
    commentReads.set(event, read);
  }
  const comment = await read;
  if (!comment) throw notFound('Opmerking');
  return { kind: event.kind, comment };
}

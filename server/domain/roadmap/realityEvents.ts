import { Types } from 'mongoose';
import { eventSource, mergeEvents } from '../../events/mergeEvents';
import { ADOPTION_CHANGED, INITIATIVE_CHANGED, ROADMAP_PROJECTED } from '../../events/topics';
import type { RequestContext } from '../context';
import { createLoaders } from '../loaders';
import { readableRoadmap } from './policy';
import { roadmapReality } from './reality';

/**
 * Signals (the roadmap's id) whenever the reality of a roadmap may have changed: its items were
 * projected anew (links, years, status), an adoption of a standard one of its items links changed,
 * or a quick win it links changed. The links are looked up in the projected items per event (an
 * indexed query on `standardIds`/`initiativeIds`), never in the document. At most one signal waits:
 * a burst of adoption writes recomputes once for a slow reader.
 */
export async function subscribeToRoadmapReality(
  ctx: RequestContext,
  roadmapId: string,
): Promise<AsyncIterableIterator<string>> {
  const { roadmap } = await readableRoadmap(ctx, roadmapId);
  const id = String(roadmap._id);
  const { models, pubsub } = ctx.runtime;
  const links = (filter: Record<string, unknown>) =>
    models.RoadmapItem.exists({ roadmapId: new Types.ObjectId(id), ...filter }).then(Boolean);
  const signal = () => id;
  return mergeEvents(
    [
      eventSource(pubsub.subscribe(ROADMAP_PROJECTED), (e) => e.roadmapId === id, signal),
      eventSource(pubsub.subscribe(ADOPTION_CHANGED), (e) => links({ standardIds: e.standardId }), signal),
      eventSource(
        pubsub.subscribe(INITIATIVE_CHANGED),
        async (e) =>
          (await links({ initiativeIds: e.initiativeId })) ||
          Boolean(
            await models.Initiative.exists({
              _id: new Types.ObjectId(e.initiativeId),
              roadmapItemIds: { $regex: `^${id}:` },
            }),
          ),
        signal,
      ),
    ],
    1,
  );
}

/**
 * The reality for one signal, with fresh loaders: a subscription's context lives as long as the
 * subscription, and its memoised loaders (data versions, adoption cells) would keep the first answer.
 */
export function realityOfSignal(roadmapId: string, _args: unknown, ctx: RequestContext) {
  return roadmapReality({ ...ctx, loaders: createLoaders(ctx.runtime.models, ctx.runtime) }, roadmapId);
}

import type { Types } from 'mongoose';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import { eventSource, mergeEvents } from '../../events/mergeEvents';
import { ADOPTION_CHANGED, INITIATIVE_CHANGED, ROADMAP_PROJECTED } from '../../events/topics';
import type { RequestContext } from '../context';
import { createLoaders } from '../loaders';
import { readableRoadmap } from './policy';
import { roadmapReality } from './reality';

/** The standards and quick wins a roadmap's items link, from the projected items (never the document). */
interface Links {
  standards: ReadonlySet<string>;
  initiatives: ReadonlySet<string>;
}

async function linksOf(ctx: RequestContext, roadmapId: Types.ObjectId): Promise<Links> {
  const items = await ctx.runtime.models.RoadmapItem.find(
    { roadmapId },
    { _id: 1, standardIds: 1, initiativeIds: 1 },
  )
    .lean<Array<Pick<RoadmapItemRecord, '_id' | 'standardIds' | 'initiativeIds'>>>()
    .exec();
  const fromQuickWins = await ctx.runtime.models.Initiative.find(
    { roadmapItemIds: { $in: items.map((item) => item._id) } },
    { _id: 1 },
  )
    .lean<Array<{ _id: Types.ObjectId }>>()
    .exec();
  return {
    standards: new Set(items.flatMap((item) => item.standardIds)),
    initiatives: new Set([
      ...items.flatMap((item) => item.initiativeIds ?? []),
      ...fromQuickWins.map((initiative) => String(initiative._id)),
    ]),
  };
}

/**
 * The links of a roadmap, read now and again on `reload()`. A failed read is null (never an
 * unhandled rejection) and is retried on the next `get()`; callers let events through meanwhile.
 */
function cachedLinks(ctx: RequestContext, roadmapId: Types.ObjectId) {
  let current: Promise<Links | null>;
  const reload = () => {
    current = linksOf(ctx, roadmapId).catch(() => null);
  };
  reload();
  return {
    reload,
    async get(): Promise<Links | null> {
      const links = await current;
      if (links) return links;
      reload();
      return current;
    },
  };
}

/**
 * Signals (the roadmap's id) whenever the reality of a roadmap may have changed: its items were
 * projected anew (links, years, status), an adoption of a standard one of its items links changed,
 * or a quick win it links changed. The links are read once and again after each projection of the
 * roadmap, so a burst of adoption writes costs no query per event; a quick win's change re-reads
 * them when it is not among them (it may have named one of the items from its side just now).
 * While the links cannot be read, events pass: the recomputation then tells the client the error.
 * At most one signal waits: a burst recomputes once for a slow reader.
 */
export async function subscribeToRoadmapReality(
  ctx: RequestContext,
  roadmapId: string,
): Promise<AsyncIterableIterator<string>> {
  const { roadmap } = await readableRoadmap(ctx, roadmapId);
  const id = String(roadmap._id);
  const { pubsub } = ctx.runtime;
  const links = cachedLinks(ctx, roadmap._id);
  const signal = () => id;
  return mergeEvents(
    [
      eventSource(
        pubsub.subscribe(ROADMAP_PROJECTED),
        (e) => {
          if (e.roadmapId !== id) return false;
          links.reload();
          return true;
        },
        signal,
      ),
      eventSource(
        pubsub.subscribe(ADOPTION_CHANGED),
        async (e) => (await links.get())?.standards.has(e.standardId) ?? true,
        signal,
      ),
      eventSource(
        pubsub.subscribe(INITIATIVE_CHANGED),
        async (e) => {
          if ((await links.get())?.initiatives.has(e.initiativeId)) return true;
          links.reload();
          return (await links.get())?.initiatives.has(e.initiativeId) ?? true;
        },
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

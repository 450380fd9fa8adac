import { can } from '../../auth/can';
import type { Resolvers } from '../__generated__/resolvers-types';
import { loadExisting } from '../../domain/loaders';
import { getRoadmap, listRoadmaps } from '../../domain/roadmap/queries';
import { commentOfEvent, subscribeToRoadmapComments } from '../../domain/roadmap/commentEvents';
import { addRoadmapComment, resolveRoadmapComment, roadmapComments } from '../../domain/roadmap/comments';
import {
  compareRoadmapVersion,
  createRoadmapVersion,
  restoreRoadmapVersion,
  roadmapVersions,
} from '../../domain/roadmap/history';
import {
  addRoadmapItem,
  createRoadmap,
  removeRoadmapItem,
  updateRoadmapItem,
} from '../../domain/roadmap/service';
import { setRoadmapArchived, updateRoadmap } from '../../domain/roadmap/settings';
import { roadmapReality } from '../../domain/roadmap/reality';
import { realityOfSignal, subscribeToRoadmapReality } from '../../domain/roadmap/realityEvents';
import { notFound } from '../../errors';

/** A record the figures were computed from, or NOT_FOUND should it vanish in between. */
function existing<T>(record: T | null): T {
  if (!record) throw notFound('Record');
  return record;
}

/** Roadmaps: queries read the projection; mutations go through the live Y.Doc. */
export const roadmapResolvers: Resolvers = {
  Query: {
    roadmaps: (_parent, args, ctx) => listRoadmaps(ctx, args),
    roadmap: (_parent, args, ctx) => getRoadmap(ctx, args.id),
    roadmapVersions: (_parent, args, ctx) => roadmapVersions(ctx, args.roadmapId),
    compareRoadmapVersion: (_parent, args, ctx) => compareRoadmapVersion(ctx, args.versionId),
    roadmapComments: (_parent, args, ctx) => roadmapComments(ctx, args.roadmapId, args.itemId),
  },
  Mutation: {
    createRoadmap: async (_parent, args, ctx) => ({ roadmap: await createRoadmap(ctx, args.input) }),
    updateRoadmap: (_parent, args, ctx) => updateRoadmap(ctx, args.input),
    archiveRoadmap: (_parent, args, ctx) => setRoadmapArchived(ctx, args.id, true),
    unarchiveRoadmap: (_parent, args, ctx) => setRoadmapArchived(ctx, args.id, false),
    addRoadmapItem: async (_parent, args, ctx) => ({ item: await addRoadmapItem(ctx, args.input) }),
    updateRoadmapItem: async (_parent, args, ctx) => ({ item: await updateRoadmapItem(ctx, args.input) }),
    removeRoadmapItem: async (_parent, args, ctx) => ({ itemId: await removeRoadmapItem(ctx, args.input) }),
    createRoadmapVersion: (_parent, args, ctx) => createRoadmapVersion(ctx, args.roadmapId, args.name),
    restoreRoadmapVersion: (_parent, args, ctx) => restoreRoadmapVersion(ctx, args.versionId),
    addRoadmapComment: (_parent, args, ctx) => addRoadmapComment(ctx, args.input),
    resolveRoadmapComment: (_parent, args, ctx) => resolveRoadmapComment(ctx, args.id),
  },
  Subscription: {
    roadmapCommentChanged: {
      subscribe: (_parent, args, ctx) => subscribeToRoadmapComments(ctx, args.roadmapId),
      resolve: commentOfEvent,
    },
    roadmapRealityChanged: {
      subscribe: (_parent, args, ctx) => subscribeToRoadmapReality(ctx, args.roadmapId),
      resolve: realityOfSignal,
    },
  },
  Roadmap: {
    id: (r) => String(r._id),
    taskforce: (r, _args, ctx) => ctx.loaders.taskforceById.load(r.taskforceId),
    viewerCanEdit: (r, _args, ctx) => can(ctx.viewer, 'roadmap:edit', { taskforceId: String(r.taskforceId) }),
    lanes: (r) => r.lanes,
    milestones: (r) => r.milestones,
    description: (r) => r.description ?? '',
    items: (r, _args, ctx) => ctx.runtime.roadmapItems.itemsOf(r),
    reality: (r, _args, ctx) => roadmapReality(ctx, String(r._id)),
  },
  StandardReality: {
    standard: (s, _args, ctx) => ctx.loaders.standardById.load(s.standardId).then(existing),
  },
  InitiativeRollout: {
    initiative: (r, _args, ctx) => ctx.loaders.initiativeById.load(r.initiativeId).then(existing),
  },
  RoadmapItem: {
    id: (item) => item.itemId,
    roadmap: (item, _args, ctx) => ctx.loaders.roadmapById.load(item.roadmapId),
    standards: (item, _args, ctx) => loadExisting(ctx.loaders.standardById, item.standardIds),
  },
  RoadmapVersion: {
    id: (v) => String(v._id),
    createdBy: (v, _args, ctx) => (v.createdById ? ctx.loaders.userById.load(v.createdById) : null),
  },
  RoadmapComparison: {
    version: (c) => c.version,
  },
  RoadmapComment: {
    id: (c) => String(c._id),
    parentId: (c) => (c.parentId ? String(c.parentId) : null),
    author: (c, _args, ctx) => ctx.loaders.userById.load(c.authorId),
  },
  Standard: {
    // The standard is public, its roadmaps are not: visitors get no items rather than an error,
    // so the public standard page still loads.
    roadmapItems: (standard, _args, ctx) =>
      can(ctx.viewer, 'roadmap:read') ? ctx.loaders.roadmapItemsByStandardId.load(String(standard._id)) : [],
  },
};

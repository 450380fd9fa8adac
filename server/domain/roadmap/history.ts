import { assertCan } from '../../auth/can';
import { Types } from 'mongoose';
import * as Y from 'yjs';
import { documentName } from '../../../common/collab';
import { MAX_VERSION_NAME_LENGTH } from '../../../common/validation';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapVersionRecord } from '../../db/models/RoadmapVersion';
import { badUserInput, notFound } from '../../errors';
import { bytesOf } from '../../db/collabStore';
import { readRoadmap, replaceContent } from '../../../common/roadmapDocument';
import type { RequestContext } from '../context';
import { editableRoadmap, findRoadmap, readableRoadmap } from './policy';
import { recordChange } from '../change';

/** Names the current state of a roadmap (editors only). */
export async function createRoadmapVersion(ctx: RequestContext, roadmapId: string, name: string) {
  const { viewer } = await editableRoadmap(ctx, roadmapId);
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_VERSION_NAME_LENGTH)
    throw badUserInput('name', `must be 1 to ${MAX_VERSION_NAME_LENGTH} characters`);
  const state = await ctx.runtime.documents.with(documentName('roadmap', roadmapId), (shared) =>
    Y.encodeStateAsUpdate(shared.doc),
  );
  const version = await ctx.runtime.models.RoadmapVersion.create({
    roadmapId: new Types.ObjectId(roadmapId),
    name: trimmed,
    state: Buffer.from(state),
    createdById: new Types.ObjectId(viewer.id),
    createdAt: new Date(),
  });
  const record = version.toObject() as RoadmapVersionRecord;
  await recordChange(ctx, viewer, {
    action: 'roadmap:createVersion',
    subjectType: 'Roadmap',
    subjectId: roadmapId,
    after: { versionId: String(record._id), name: trimmed },
  });
  return record;
}

async function findVersion(ctx: RequestContext, versionId: string): Promise<RoadmapVersionRecord> {
  if (!Types.ObjectId.isValid(versionId)) throw notFound('Version');
  const version = await ctx.runtime.models.RoadmapVersion.findById(versionId).lean();
  if (!version) throw notFound('Version');
  return version;
}

function versionDoc(version: RoadmapVersionRecord): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytesOf(version.state));
  return doc;
}

/** Applies a version as a new change on top of the live document; history is kept. */
export async function restoreRoadmapVersion(ctx: RequestContext, versionId: string): Promise<RoadmapRecord> {
  // Signed in first: an anonymous caller must not learn which version ids exist.
  assertCan(ctx.viewer, 'roadmap:read');
  const version = await findVersion(ctx, versionId);
  const roadmapId = String(version.roadmapId);
  const { viewer } = await editableRoadmap(ctx, roadmapId);
  const source = versionDoc(version);
  await ctx.runtime.documents.with(documentName('roadmap', roadmapId), async (shared) => {
    shared.doc.transact(() => replaceContent(shared.doc, source), { userId: viewer.id });
    await shared.project();
  });
  source.destroy();
  await recordChange(ctx, viewer, {
    action: 'roadmap:restoreVersion',
    subjectType: 'Roadmap',
    subjectId: roadmapId,
    after: { versionId, name: version.name },
  });
  return findRoadmap(ctx, roadmapId);
}

/** Versions of a roadmap, newest first (any signed-in reader). */
export async function roadmapVersions(
  ctx: RequestContext,
  roadmapId: string,
): Promise<RoadmapVersionRecord[]> {
  await readableRoadmap(ctx, roadmapId);
  return ctx.runtime.models.RoadmapVersion.find({ roadmapId: new Types.ObjectId(roadmapId) })
    .sort({ createdAt: -1, _id: -1 })
    .lean()
    .exec();
}

/** The current (projected) items compared with a version's: added, removed, moved in time. */
export async function compareRoadmapVersion(ctx: RequestContext, versionId: string) {
  assertCan(ctx.viewer, 'roadmap:read');
  const version = await findVersion(ctx, versionId);
  const source = versionDoc(version);
  const then = new Map(readRoadmap(source).items.map((item) => [item.id, item]));
  source.destroy();
  const now = await ctx.runtime.models.RoadmapItem.find({ roadmapId: version.roadmapId })
    .sort({ position: 1 })
    .lean();
  const summary = (item: { title: string }, id: string) => ({ id, title: item.title });
  return {
    version,
    added: now.filter((item) => !then.has(item.itemId)).map((item) => summary(item, item.itemId)),
    removed: [...then.values()]
      .filter((item) => !now.some((n) => n.itemId === item.id))
      .map((item) => summary(item, item.id)),
    moved: now.flatMap((item) => {
      const before = then.get(item.itemId);
      if (!before || (before.startYear === item.startYear && before.endYear === item.endYear)) return [];
      return [
        {
          id: item.itemId,
          title: item.title,
          from: { startYear: before.startYear, endYear: before.endYear },
          to: { startYear: item.startYear, endYear: item.endYear },
        },
      ];
    }),
  };
}

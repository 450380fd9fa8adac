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
import { withinLimits } from '../../../common/roadmapLimits';
import { richTextOf } from '../../../common/richText';
import { compareSnapshots, type RoadmapSnapshot } from './comparison';

/** The longest vision text compared; a vision is a few paragraphs, this only bounds the work. */
const MAX_VISION_DIFF_LENGTH = 20_000;
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

/** The structured parts and the vision text of a roadmap document. */
function snapshotOf(doc: Y.Doc): RoadmapSnapshot {
  const { lanes, items, milestones } = withinLimits(readRoadmap(doc)).content;
  return {
    lanes,
    items,
    milestones,
    vision: richTextOf(doc.getXmlFragment('vision'), MAX_VISION_DIFF_LENGTH),
  };
}

/**
 * The current roadmap compared with a version (see {@link compareSnapshots}). "Now" is read from
 * the live document, as the version was taken from it: the vision has no projection, and a
 * comparison is asked for by a person, not per figure on a page.
 */
export async function compareRoadmapVersion(ctx: RequestContext, versionId: string) {
  assertCan(ctx.viewer, 'roadmap:read');
  const version = await findVersion(ctx, versionId);
  const source = versionDoc(version);
  const then = snapshotOf(source);
  source.destroy();
  const now = await ctx.runtime.documents.with(documentName('roadmap', String(version.roadmapId)), (shared) =>
    snapshotOf(shared.doc),
  );
  return { version, ...compareSnapshots(then, now) };
}

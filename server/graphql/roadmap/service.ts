import { Types } from 'mongoose';
import { documentName } from '../../../common/collab';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import { badUserInput, forbidden, notFound } from '../../errors';
import type { LocalOrigin } from '../../realtime/document';
import {
  addItem,
  newItemId,
  readRoadmap,
  removeItem,
  setMeta,
  updateItem,
  type ItemContent,
} from '../../realtime/roadmapDocument';
import { writeSnapshot } from '../../realtime/snapshots';
import { publishSearchChange } from '../../search/events';
import * as Y from 'yjs';
import type {
  AddRoadmapItemInput,
  CreateRoadmapInput,
  RemoveRoadmapItemInput,
  UpdateRoadmapItemInput,
} from '../__generated__/resolvers-types';
import type { GraphQLContext } from '../context';
import { canEditTaskforceWork } from '../taskforce/policy';
import { validItemStatus, validShortText, validSpan } from './validation';
import { validTitle } from '../validation';
import { parseObjectId } from '../validation';

/** The roadmap `id`, or NOT_FOUND (also for malformed ids). */
export async function findRoadmap(ctx: GraphQLContext, id: string): Promise<RoadmapRecord> {
  if (!Types.ObjectId.isValid(id)) throw notFound('Roadmap');
  const roadmap = await ctx.runtime.models.Roadmap.findById(id).lean();
  if (!roadmap) throw notFound('Roadmap');
  return roadmap;
}

/** The roadmap, when `viewer` may edit it; FORBIDDEN otherwise. */
export async function editableRoadmap(
  ctx: GraphQLContext,
  id: string,
): Promise<{ viewer: Viewer; roadmap: RoadmapRecord }> {
  const viewer = requireViewer(ctx.viewer);
  const roadmap = await findRoadmap(ctx, id);
  if (!canEditTaskforceWork(viewer, String(roadmap.taskforceId))) throw forbidden();
  return { viewer, roadmap };
}

/** Creates the roadmap record and its initial document (stored as a snapshot). */
export async function createRoadmap(ctx: GraphQLContext, input: CreateRoadmapInput): Promise<RoadmapRecord> {
  const viewer = requireViewer(ctx.viewer);
  parseObjectId('taskforceId', input.taskforceId);
  const taskforce = await ctx.runtime.models.Taskforce.findById(input.taskforceId).lean();
  if (!taskforce) throw badUserInput('taskforceId', 'bestaat niet');
  if (!canEditTaskforceWork(viewer, input.taskforceId)) throw forbidden();
  const title = validTitle('title', input.title);
  if (!Number.isInteger(input.startYear) || input.startYear < 2000 || input.startYear > 2100) {
    throw badUserInput('startYear', 'moet tussen 2000 en 2100 liggen');
  }
  if (input.endYear < input.startYear || input.endYear > input.startYear + 20) {
    throw badUserInput('endYear', 'moet na startYear liggen, hooguit 20 jaar later');
  }
  const roadmap = await ctx.runtime.models.Roadmap.create({
    title,
    taskforceId: taskforce._id,
    startYear: input.startYear,
    endYear: input.endYear,
  });
  const doc = new Y.Doc();
  setMeta(doc, { title, startYear: input.startYear, endYear: input.endYear });
  await writeSnapshot(
    ctx.runtime.models,
    documentName('roadmap', String(roadmap._id)),
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  publishSearchChange(ctx.runtime.pubsub, 'ROADMAP', [String(roadmap._id)]);
  return roadmap.toObject() as RoadmapRecord;
}

async function standardIdsOf(ctx: GraphQLContext, ids: readonly string[] | null | undefined) {
  if (ids === null || ids === undefined) return undefined;
  if (ids.length > 50) throw badUserInput('standardIds', 'hooguit 50 standaarden');
  ids.forEach((id, index) => parseObjectId(`standardIds.${index}`, id));
  const found = await ctx.runtime.models.Standard.find({ _id: { $in: ids } }, { _id: 1 }).lean();
  if (found.length !== new Set(ids).size) throw badUserInput('standardIds', 'bevat een onbekende standaard');
  return [...new Set(ids)];
}

/** Applies `change` to the live document as `viewer`, then waits until the projection shows it. */
async function applyToDocument<T>(
  ctx: GraphQLContext,
  viewer: Viewer,
  roadmapId: string,
  change: (doc: Y.Doc) => T,
): Promise<T> {
  const origin: LocalOrigin = { userId: viewer.id };
  return ctx.runtime.documents.with(documentName('roadmap', roadmapId), async (shared) => {
    let result!: T;
    shared.doc.transact(() => {
      result = change(shared.doc);
    }, origin);
    await shared.project();
    return result;
  });
}

function itemRecord(roadmap: RoadmapRecord, item: ItemContent, position: number): RoadmapItemRecord {
  return {
    _id: `${String(roadmap._id)}:${item.id}`,
    roadmapId: roadmap._id,
    itemId: item.id,
    position,
    ...item,
  };
}

/** Adds an item through the server's Y.Doc, so live editors see it at once. */
export async function addRoadmapItem(
  ctx: GraphQLContext,
  input: AddRoadmapItemInput,
): Promise<RoadmapItemRecord> {
  const { viewer, roadmap } = await editableRoadmap(ctx, input.roadmapId);
  const title = validTitle('title', input.title);
  validSpan(input.startYear, input.endYear, roadmap);
  const item: ItemContent = {
    id: newItemId(),
    title,
    startYear: input.startYear,
    endYear: input.endYear,
    laneId: validShortText('laneId', input.laneId) ?? null,
    status: validItemStatus(input.status) ?? null,
    standardIds: (await standardIdsOf(ctx, input.standardIds)) ?? [],
    owner: null,
  };
  const position = await applyToDocument(ctx, viewer, input.roadmapId, (doc) => {
    addItem(doc, item);
    return doc.getArray('items').length - 1;
  });
  return itemRecord(roadmap, item, position);
}

/** Changes the given fields of an item in the live document. */
export async function updateRoadmapItem(
  ctx: GraphQLContext,
  input: UpdateRoadmapItemInput,
): Promise<RoadmapItemRecord> {
  const { viewer, roadmap } = await editableRoadmap(ctx, input.roadmapId);
  const title =
    input.title === null || input.title === undefined ? undefined : validTitle('title', input.title);
  const standardIds = await standardIdsOf(ctx, input.standardIds);
  const updated = await applyToDocument(ctx, viewer, input.roadmapId, (doc) => {
    const current = readRoadmap(doc).items.find((i) => i.id === input.itemId);
    if (!current) return null;
    const startYear = input.startYear ?? current.startYear;
    const endYear = input.endYear ?? current.endYear;
    validSpan(startYear, endYear, roadmap);
    const patch = {
      title,
      startYear,
      endYear,
      laneId: validShortText('laneId', input.laneId),
      status: validItemStatus(input.status),
      standardIds,
    };
    updateItem(doc, input.itemId, patch);
    return readRoadmap(doc).items.find((i) => i.id === input.itemId) ?? null;
  });
  if (!updated) throw notFound('Roadmap-item');
  return itemRecord(roadmap, updated, 0);
}

/** Removes an item from the live document. */
export async function removeRoadmapItem(ctx: GraphQLContext, input: RemoveRoadmapItemInput): Promise<string> {
  const { viewer } = await editableRoadmap(ctx, input.roadmapId);
  const removed = await applyToDocument(ctx, viewer, input.roadmapId, (doc) => removeItem(doc, input.itemId));
  if (!removed) throw notFound('Roadmap-item');
  return input.itemId;
}

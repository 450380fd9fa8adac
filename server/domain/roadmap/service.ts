import { documentName } from '../../../common/collab';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import { badUserInput, notFound } from '../../errors';
import type { ChangeOrigin } from '../liveDocuments';
import {
  addItem,
  newItemId,
  readRoadmap,
  removeItem,
  setMeta,
  updateItem,
  type ItemContent,
} from '../../../common/roadmapDocument';
import { writeSnapshot } from '../../db/collabStore';
import { searchIndexChanged } from '../search/events';
import * as Y from 'yjs';
import type { RequestContext } from '../context';
import { editableRoadmap } from './policy';
import { recordChange } from '../change';
import { assertCan } from '../../auth/can';
import {
  createRoadmapInput,
  validItemStatus,
  validShortText,
  validSpan,
  type CreateRoadmapArgs,
} from './validation';
import { parseInput, parseObjectId, validTitle } from '../validation';
import { MAX_LINKED_INITIATIVES, MAX_LINKED_STANDARDS } from '../../../common/roadmapLimits';

/** Creates the roadmap record and its initial document (stored as a snapshot). */
export async function createRoadmap(ctx: RequestContext, args: CreateRoadmapArgs): Promise<RoadmapRecord> {
  requireViewer(ctx.viewer);
  const input = parseInput(createRoadmapInput, args);
  const taskforce = await ctx.runtime.models.Taskforce.findById(input.taskforceId).lean();
  if (!taskforce) throw badUserInput('taskforceId', 'does not exist');
  const viewer = assertCan(ctx.viewer, 'roadmap:edit', { taskforceId: input.taskforceId });
  const { title, startYear, endYear, description } = input;
  const roadmap = await ctx.runtime.models.Roadmap.create({
    title,
    taskforceId: taskforce._id,
    startYear,
    endYear,
    description: description ?? '',
  });
  const doc = new Y.Doc();
  setMeta(doc, { title, startYear, endYear });
  await writeSnapshot(
    ctx.runtime.models,
    documentName('roadmap', String(roadmap._id)),
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  const record = roadmap.toObject() as RoadmapRecord;
  await recordChange(ctx, viewer, {
    action: 'roadmap:create',
    subjectType: 'Roadmap',
    subjectId: String(record._id),
    after: { title, taskforceId: input.taskforceId, startYear, endYear, description },
    events: [searchIndexChanged('ROADMAP', [String(record._id)])],
  });
  return record;
}

/** Checks linked ids: at most `max`, well-formed, all existing in `model`; the distinct ids. */
async function linkedIds(
  field: string,
  ids: readonly string[] | null | undefined,
  max: number,
  exists: (ids: readonly string[]) => Promise<number>,
) {
  if (ids === null || ids === undefined) return undefined;
  if (ids.length > max) throw badUserInput(field, `at most ${max} links`);
  ids.forEach((id, index) => parseObjectId(`${field}.${index}`, id));
  const distinct = [...new Set(ids)];
  if ((await exists(distinct)) !== distinct.length) throw badUserInput(field, 'contains an unknown id');
  return distinct;
}

function standardIdsOf(ctx: RequestContext, ids: readonly string[] | null | undefined) {
  return linkedIds('standardIds', ids, MAX_LINKED_STANDARDS, (distinct) =>
    ctx.runtime.models.Standard.countDocuments({ _id: { $in: distinct } }).exec(),
  );
}

function initiativeIdsOf(ctx: RequestContext, ids: readonly string[] | null | undefined) {
  return linkedIds('initiativeIds', ids, MAX_LINKED_INITIATIVES, (distinct) =>
    ctx.runtime.models.Initiative.countDocuments({ _id: { $in: distinct } }).exec(),
  );
}

/** Applies `change` to the live document as `viewer`, then waits until the projection shows it. */
export async function applyToDocument<T>(
  ctx: RequestContext,
  viewer: Viewer,
  roadmapId: string,
  change: (doc: Y.Doc) => T,
): Promise<T> {
  const origin: ChangeOrigin = { userId: viewer.id };
  return ctx.runtime.documents.with(documentName('roadmap', roadmapId), async (shared) => {
    let result!: T;
    shared.doc.transact(() => {
      result = change(shared.doc);
    }, origin);
    await shared.project();
    return result;
  });
}

/** The fields of an item a command sets; absent fields stay as they are. */
interface ItemFields {
  title?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  laneId?: string | null;
  status?: string | null;
  standardIds?: readonly string[] | null;
  initiativeIds?: readonly string[] | null;
}

/** Audits a change of one item (the live document itself keeps who typed what: attribution). */
function recordItemChange(
  ctx: RequestContext,
  viewer: Viewer,
  action: string,
  roadmapId: string,
  item: unknown,
) {
  return recordChange(ctx, viewer, { action, subjectType: 'Roadmap', subjectId: roadmapId, after: item });
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
  ctx: RequestContext,
  input: ItemFields & { roadmapId: string; title: string; startYear: number; endYear: number },
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
    initiativeIds: (await initiativeIdsOf(ctx, input.initiativeIds)) ?? [],
    owner: null,
  };
  const position = await applyToDocument(ctx, viewer, input.roadmapId, (doc) => {
    addItem(doc, item);
    return doc.getArray('items').length - 1;
  });
  await recordItemChange(ctx, viewer, 'roadmapItem:add', input.roadmapId, item);
  return itemRecord(roadmap, item, position);
}

/** Changes the given fields of an item in the live document. */
export async function updateRoadmapItem(
  ctx: RequestContext,
  input: ItemFields & { roadmapId: string; itemId: string },
): Promise<RoadmapItemRecord> {
  const { viewer, roadmap } = await editableRoadmap(ctx, input.roadmapId);
  const title =
    input.title === null || input.title === undefined ? undefined : validTitle('title', input.title);
  const standardIds = await standardIdsOf(ctx, input.standardIds);
  const initiativeIds = await initiativeIdsOf(ctx, input.initiativeIds);
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
      initiativeIds,
    };
    updateItem(doc, input.itemId, patch);
    return readRoadmap(doc).items.find((i) => i.id === input.itemId) ?? null;
  });
  if (!updated) throw notFound('Roadmap item');
  await recordItemChange(ctx, viewer, 'roadmapItem:update', input.roadmapId, updated);
  return itemRecord(roadmap, updated, 0);
}

/** Removes an item from the live document. */
export async function removeRoadmapItem(
  ctx: RequestContext,
  input: { roadmapId: string; itemId: string },
): Promise<string> {
  const { viewer } = await editableRoadmap(ctx, input.roadmapId);
  const removed = await applyToDocument(ctx, viewer, input.roadmapId, (doc) => removeItem(doc, input.itemId));
  if (!removed) throw notFound('Roadmap item');
  await recordItemChange(ctx, viewer, 'roadmapItem:remove', input.roadmapId, { id: input.itemId });
  return input.itemId;
}

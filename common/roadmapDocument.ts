/**
 * Reading and writing the structured parts of a roadmap document (docs/roadmap-document.md). Shared
 * by the server (GraphQL mutations, projection, seeds) and the browser editor, so both keep to one
 * shape.
 */
import * as Y from 'yjs';

/** A lane of a roadmap document. */
export interface LaneContent {
  id: string;
  title: string;
}

/** An item of a roadmap document; see docs/roadmap-document.md. */
export interface ItemContent {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  laneId: string | null;
  status: string | null;
  standardIds: string[];
  /** Quick wins (initiatives) the item links, by id; see docs/roadmap-document.md. */
  initiativeIds: string[];
  owner: string | null;
}

/** A milestone of a roadmap document. */
export interface MilestoneContent {
  id: string;
  title: string;
  date: string;
}

/** The structured parts of a roadmap document, plus what was skipped as malformed. */
export interface RoadmapContent {
  meta: { title: string | null; startYear: number | null; endYear: number | null };
  lanes: LaneContent[];
  items: ItemContent[];
  milestones: MilestoneContent[];
  /** One line per malformed entry (missing key, wrong type), for the log. */
  problems: string[];
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const optionalText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A list of ids stored as a plain array or a Y.Array; anything else (or a non-string entry) is left out. */
function idList(value: unknown): string[] {
  const ids = value instanceof Y.Array ? (value.toArray() as unknown[]) : value;
  return Array.isArray(ids) ? ids.filter((s): s is string => typeof s === 'string') : [];
}

function entries(doc: Y.Doc, key: string, problems: string[]): Array<[number, Y.Map<unknown>]> {
  const list: Array<[number, Y.Map<unknown>]> = [];
  doc.getArray<unknown>(key).forEach((entry, index) => {
    if (entry instanceof Y.Map) list.push([index, entry]);
    else problems.push(`${key}[${index}]: not a map`);
  });
  return list;
}

/** Reads a roadmap document, skipping (and reporting) malformed entries; never throws on content. */
export function readRoadmap(doc: Y.Doc): RoadmapContent {
  const problems: string[] = [];
  const meta = doc.getMap<unknown>('meta');
  const title = meta.get('title');
  const startYear = meta.get('startYear');
  const endYear = meta.get('endYear');
  const lanes: LaneContent[] = [];
  for (const [index, lane] of entries(doc, 'lanes', problems)) {
    const id = lane.get('id');
    const laneTitle = lane.get('title');
    if (isText(id) && typeof laneTitle === 'string') lanes.push({ id, title: laneTitle });
    else problems.push(`lanes[${index}]: id and title are required strings`);
  }
  const items: ItemContent[] = [];
  const seen = new Set<string>();
  for (const [index, item] of entries(doc, 'items', problems)) {
    const id = item.get('id');
    const itemTitle = item.get('title');
    const start = item.get('startYear');
    const end = item.get('endYear');
    if (!isText(id) || typeof itemTitle !== 'string' || !isYear(start) || !isYear(end)) {
      problems.push(`items[${index}]: id, title, startYear and endYear are required`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`items[${index}]: duplicate id ${id}`);
      continue;
    }
    seen.add(id);
    items.push({
      id,
      title: itemTitle,
      startYear: start,
      endYear: end,
      laneId: optionalText(item.get('laneId')),
      status: optionalText(item.get('status')),
      standardIds: idList(item.get('standardIds')),
      initiativeIds: idList(item.get('initiativeIds')),
      owner: optionalText(item.get('owner')),
    });
  }
  const milestones: MilestoneContent[] = [];
  for (const [index, milestone] of entries(doc, 'milestones', problems)) {
    const id = milestone.get('id');
    const msTitle = milestone.get('title');
    const date = milestone.get('date');
    if (isText(id) && typeof msTitle === 'string' && typeof date === 'string') {
      milestones.push({ id, title: msTitle, date });
    } else problems.push(`milestones[${index}]: id, title and date are required strings`);
  }
  return {
    meta: {
      title: isText(title) ? title : null,
      startYear: isYear(startYear) ? startYear : null,
      endYear: isYear(endYear) ? endYear : null,
    },
    lanes,
    items,
    milestones,
    problems,
  };
}

function toMap(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) map.set(key, value);
  }
  return map;
}

/**
 * A new entry id: 12 hex characters, unique enough within a document. `crypto.getRandomValues`
 * exists in Node and in every browser, also outside secure contexts (unlike `randomUUID`).
 */
export function newItemId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Writes the meta fields; call inside a transaction. */
export function setMeta(doc: Y.Doc, meta: { title: string; startYear: number; endYear: number }): void {
  const map = doc.getMap<unknown>('meta');
  map.set('title', meta.title);
  map.set('startYear', meta.startYear);
  map.set('endYear', meta.endYear);
}

/** Appends a lane. */
export function addLane(doc: Y.Doc, lane: LaneContent): void {
  doc.getArray<Y.Map<unknown>>('lanes').push([toMap({ ...lane })]);
}

/** Renames a lane; false when there is no such lane. */
export function renameLane(doc: Y.Doc, id: string, title: string): boolean {
  return patchEntry(doc, 'lanes', id, { title });
}

/**
 * Moves a lane to position `toIndex` (clamped to the list); false when there is no such lane. A
 * Yjs array cannot move an entry, so the lane is deleted and a copy with the same id and title is
 * inserted, in one transaction: items keep pointing at it by id.
 */
export function moveLane(doc: Y.Doc, id: string, toIndex: number): boolean {
  const found = findEntry(doc, 'lanes', id);
  if (!found) return false;
  const lanes = doc.getArray<Y.Map<unknown>>('lanes');
  const target = Math.max(0, Math.min(toIndex, lanes.length - 1));
  if (target === found.index) return true;
  const copy = toMap(found.map.toJSON());
  doc.transact(() => {
    lanes.delete(found.index, 1);
    lanes.insert(target, [copy]);
  });
  return true;
}

/**
 * Removes a lane; its items move to the lane `itemsTo` (null: to no lane), so no item is lost.
 * False when there is no such lane.
 */
export function removeLane(doc: Y.Doc, id: string, itemsTo: string | null): boolean {
  const found = findEntry(doc, 'lanes', id);
  if (!found) return false;
  doc.transact(() => {
    doc.getArray<unknown>('items').forEach((item) => {
      if (!(item instanceof Y.Map) || item.get('laneId') !== id) return;
      if (itemsTo) item.set('laneId', itemsTo);
      else item.delete('laneId');
    });
    doc.getArray('lanes').delete(found.index, 1);
  });
  return true;
}

/** Appends a milestone. */
export function addMilestone(doc: Y.Doc, milestone: MilestoneContent): void {
  doc.getArray<Y.Map<unknown>>('milestones').push([toMap({ ...milestone })]);
}

/** An item as a writer gives it: without quick wins when it links none. */
export type NewItemContent = Omit<ItemContent, 'initiativeIds'> & { initiativeIds?: string[] };

/** Appends an item. */
export function addItem(doc: Y.Doc, item: NewItemContent): void {
  doc.getArray<Y.Map<unknown>>('items').push([toMap({ ...item })]);
}

/** The arrays of a roadmap document whose entries are maps with an `id`. */
type EntryList = 'lanes' | 'items' | 'milestones';

function findEntry(doc: Y.Doc, key: EntryList, id: string): { index: number; map: Y.Map<unknown> } | null {
  const list = doc.getArray<unknown>(key);
  for (let index = 0; index < list.length; index++) {
    const entry = list.get(index);
    if (entry instanceof Y.Map && entry.get('id') === id) return { index, map: entry };
  }
  return null;
}

/** Sets the given keys of an entry; null deletes a key, undefined leaves it. */
function patchEntry(doc: Y.Doc, key: EntryList, id: string, patch: Record<string, unknown>): boolean {
  const found = findEntry(doc, key, id);
  if (!found) return false;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) found.map.delete(field);
    else found.map.set(field, value);
  }
  return true;
}

function removeEntry(doc: Y.Doc, key: EntryList, id: string): boolean {
  const found = findEntry(doc, key, id);
  if (!found) return false;
  doc.getArray(key).delete(found.index, 1);
  return true;
}

/** Changes the given fields of an item (null removes an optional one); false when there is no such item. */
export function updateItem(doc: Y.Doc, id: string, patch: Partial<Omit<ItemContent, 'id'>>): boolean {
  return patchEntry(doc, 'items', id, patch);
}

/** Removes an item; false when there is no such item. */
export function removeItem(doc: Y.Doc, id: string): boolean {
  return removeEntry(doc, 'items', id);
}

/** Changes the title or date of a milestone; false when there is no such milestone. */
export function updateMilestone(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<MilestoneContent, 'id'>>,
): boolean {
  return patchEntry(doc, 'milestones', id, patch);
}

/** Removes a milestone; false when there is no such milestone. */
export function removeMilestone(doc: Y.Doc, id: string): boolean {
  return removeEntry(doc, 'milestones', id);
}

/**
 * Makes `doc` look like `source` (a restored version) by a new change on top: meta, lanes, items,
 * milestones and the vision are replaced. History is never rewritten.
 */
export function replaceContent(doc: Y.Doc, source: Y.Doc): void {
  const content = readRoadmap(source);
  const { title, startYear, endYear } = content.meta;
  if (title !== null && startYear !== null && endYear !== null) setMeta(doc, { title, startYear, endYear });
  for (const key of ['lanes', 'items', 'milestones'] as const) {
    const array = doc.getArray(key);
    array.delete(0, array.length);
  }
  content.lanes.forEach((lane) => addLane(doc, lane));
  content.items.forEach((item) => addItem(doc, item));
  content.milestones.forEach((milestone) => addMilestone(doc, milestone));
  const vision = doc.getXmlFragment('vision');
  vision.delete(0, vision.length);
  const copies = source
    .getXmlFragment('vision')
    .toArray()
    .map((node) => node.clone());
  vision.insert(0, copies as Array<Y.XmlElement | Y.XmlText>);
}

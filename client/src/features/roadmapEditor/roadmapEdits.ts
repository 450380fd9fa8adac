import type * as Y from 'yjs';
import {
  addItem,
  addLane,
  addMilestone,
  newItemId,
  removeItem,
  removeMilestone,
  moveLane,
  removeLane,
  renameLane,
  updateItem,
  updateMilestone,
  type ItemContent,
  type MilestoneContent,
  type NewItemContent,
} from '../../../../common/roadmapDocument';

/**
 * The editor's changes to a roadmap document, each one Yjs transaction in the shape of
 * docs/roadmap-document.md, so the provider sends it to the server (and the server's projection
 * and every other editor see it) as one update.
 */

/** What the add-item form gives. */
export type NewItem = Omit<NewItemContent, 'id'>;

/** Appends an item and returns its new id. */
export function createItem(doc: Y.Doc, item: NewItem): string {
  const id = newItemId();
  doc.transact(() => addItem(doc, { ...item, id }));
  return id;
}

/** Changes some fields of an item (a move, a resize, a rename, the form's fields). */
export function changeItem(doc: Y.Doc, id: string, patch: Partial<Omit<ItemContent, 'id'>>): void {
  doc.transact(() => updateItem(doc, id, patch));
}

/** Removes an item. */
export function deleteItem(doc: Y.Doc, id: string): void {
  doc.transact(() => removeItem(doc, id));
}

/** Appends a lane and returns its new id. */
export function createLane(doc: Y.Doc, title: string): string {
  const id = newItemId();
  doc.transact(() => addLane(doc, { id, title }));
  return id;
}

/** Renames a lane. */
export function changeLaneTitle(doc: Y.Doc, id: string, title: string): void {
  doc.transact(() => renameLane(doc, id, title));
}

/** Moves a lane to position `toIndex` (one transaction, so nobody sees it missing). */
export function reorderLane(doc: Y.Doc, id: string, toIndex: number): void {
  moveLane(doc, id, toIndex);
}

/** Removes a lane; its items go to the lane `itemsTo`, or to no lane. */
export function deleteLane(doc: Y.Doc, id: string, itemsTo: string | null): void {
  removeLane(doc, id, itemsTo);
}

/** What the milestone form gives. */
export type NewMilestone = Omit<MilestoneContent, 'id'>;

/** Appends a milestone and returns its new id. */
export function createMilestone(doc: Y.Doc, milestone: NewMilestone): string {
  const id = newItemId();
  doc.transact(() => addMilestone(doc, { ...milestone, id }));
  return id;
}

/** Changes the title or date of a milestone. */
export function changeMilestone(doc: Y.Doc, id: string, patch: Partial<NewMilestone>): void {
  doc.transact(() => updateMilestone(doc, id, patch));
}

/** Removes a milestone. */
export function deleteMilestone(doc: Y.Doc, id: string): void {
  doc.transact(() => removeMilestone(doc, id));
}

import type * as Y from 'yjs';
import {
  addItem,
  addLane,
  newItemId,
  removeItem,
  renameLane,
  updateItem,
  type ItemContent,
} from '../../../../common/roadmapDocument';

/**
 * The editor's changes to a roadmap document, each one Yjs transaction in the shape of
 * docs/roadmap-document.md, so the provider sends it to the server (and the server's projection
 * and every other editor see it) as one update.
 */

/** What the add-item form gives. */
export type NewItem = Omit<ItemContent, 'id' | 'owner'>;

/** Appends an item and returns its new id. */
export function createItem(doc: Y.Doc, item: NewItem): string {
  const id = newItemId();
  doc.transact(() => addItem(doc, { ...item, id, owner: null }));
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

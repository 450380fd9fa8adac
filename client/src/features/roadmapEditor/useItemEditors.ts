import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Someone else who has an item open on the timeline. */
export interface ItemEditor {
  clientId: number;
  name: string;
  municipality: string | null;
  color: string;
}

/** The awareness field that says which timeline item a client is editing (null: none). */
export const EDITING_ITEM_FIELD = 'editingItemId';

interface PresenceState {
  user?: { name?: unknown; municipality?: unknown; color?: unknown };
  [EDITING_ITEM_FIELD]?: unknown;
}

function editorsByItem(awareness: Awareness): Map<string, ItemEditor[]> {
  const byItem = new Map<string, ItemEditor[]>();
  awareness.getStates().forEach((state: PresenceState, clientId) => {
    const itemId = state[EDITING_ITEM_FIELD];
    if (clientId === awareness.clientID || typeof itemId !== 'string' || !state.user) return;
    const { name, municipality, color } = state.user;
    byItem.set(itemId, [
      ...(byItem.get(itemId) ?? []),
      {
        clientId,
        name: typeof name === 'string' ? name : '?',
        municipality: typeof municipality === 'string' ? municipality : null,
        color: typeof color === 'string' ? color : '#555',
      },
    ]);
  });
  return byItem;
}

function sameEditors(a: Map<string, ItemEditor[]>, b: Map<string, ItemEditor[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [itemId, editors] of a) {
    const other = b.get(itemId);
    if (!other || other.length !== editors.length) return false;
    for (const [i, editor] of editors.entries()) {
      const then = other[i]!;
      if (
        editor.clientId !== then.clientId ||
        editor.name !== then.name ||
        editor.municipality !== then.municipality ||
        editor.color !== then.color
      )
        return false;
    }
  }
  return true;
}

/**
 * Publishes the item this client is editing in its awareness state and returns, per item, the
 * other people editing it. Their entry disappears when they close the item or leave (awareness
 * removes a client's state when its socket goes or times out).
 */
export function useItemEditors(
  awareness: Awareness | null,
  editingItemId: string | null,
): Map<string, ItemEditor[]> {
  const [editors, setEditors] = useState<Map<string, ItemEditor[]>>(() => new Map());

  useEffect(() => {
    if (!awareness) return;
    awareness.setLocalStateField(EDITING_ITEM_FIELD, editingItemId);
    // Leaving the editor (the awareness itself may live on) must not leave a stale "editing" mark.
    return () => {
      if (awareness.getLocalState()) awareness.setLocalStateField(EDITING_ITEM_FIELD, null);
    };
  }, [awareness, editingItemId]);

  useEffect(() => {
    if (!awareness) return;
    // Cursor moves in the vision change awareness many times a second: keep the old map (and so
    // skip redrawing the timeline) unless who edits which item changed.
    const refresh = () =>
      setEditors((previous) => {
        const next = editorsByItem(awareness);
        return sameEditors(previous, next) ? previous : next;
      });
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness]);

  return editors;
}

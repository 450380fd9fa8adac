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
    awareness?.setLocalStateField(EDITING_ITEM_FIELD, editingItemId);
  }, [awareness, editingItemId]);

  useEffect(() => {
    if (!awareness) return;
    const refresh = () => setEditors(editorsByItem(awareness));
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness]);

  return editors;
}

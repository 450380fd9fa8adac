// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { useItemEditors } from '../../../client/src/features/roadmapEditor/useItemEditors';

/** Sends `from`'s own state to `to`, as the server relays it. */
function relay(from: Awareness, to: Awareness) {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'remote');
}

afterEach(cleanup);

describe('useItemEditors', () => {
  it('publishes the item being edited and lists others per item, until they close it or leave', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    mine.setLocalStateField('user', { name: 'Mila', municipality: 'Amsterdam', color: '#0b5394' });
    const { result, rerender } = renderHook(({ itemId }) => useItemEditors(mine, itemId), {
      initialProps: { itemId: 'zgw' as string | null },
    });
    expect(mine.getLocalState()?.editingItemId).toBe('zgw');
    expect(result.current.size).toBe(0);

    theirs.setLocalState({
      user: { name: 'Tom', municipality: 'Utrecht', color: '#166534' },
      editingItemId: 'zgw',
    });
    act(() => relay(theirs, mine));
    expect(result.current.get('zgw')).toEqual([
      { clientId: theirs.clientID, name: 'Tom', municipality: 'Utrecht', color: '#166534' },
    ]);

    theirs.setLocalStateField('editingItemId', null);
    act(() => relay(theirs, mine));
    expect(result.current.size).toBe(0);

    theirs.setLocalStateField('editingItemId', 'besluiten');
    act(() => relay(theirs, mine));
    expect([...result.current.keys()]).toEqual(['besluiten']);
    act(() => removeAwarenessStates(mine, [theirs.clientID], 'left'));
    expect(result.current.size).toBe(0);

    rerender({ itemId: null });
    expect(mine.getLocalState()?.editingItemId).toBeNull();
    mine.destroy();
    theirs.destroy();
  });
});

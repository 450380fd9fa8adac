// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PresenceList } from '../../../client/src/features/collab/PresenceList';
import { i18n } from '../../../client/src/i18n';

/** A peer's awareness, delivered to `to` with the real awareness encoding. */
function peer(to: Awareness, state: Record<string, unknown>): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state);
  applyAwarenessUpdate(to, encodeAwarenessUpdate(awareness, [awareness.clientID]), 'remote');
  return awareness;
}

let local: Awareness;

beforeEach(async () => {
  await i18n.changeLanguage('nl');
  local = new Awareness(new Y.Doc());
  local.setLocalStateField('user', {
    id: 'u1',
    name: 'Mila Taskforcelid',
    municipality: 'Amsterdam',
    color: '#0b5394',
  });
});
afterEach(() => {
  cleanup();
  local.destroy();
});

describe('PresenceList', () => {
  it('lists everyone present with initials, name and municipality, the viewer first', () => {
    peer(local, { user: { id: 'u2', name: 'Anna de Vries', municipality: 'Utrecht', color: '#166534' } });
    render(<PresenceList awareness={local} />);
    const list = screen.getByRole('list', { name: 'Nu aanwezig: 2 personen' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'MTMila Taskforcelid (u), Amsterdam',
      'AVAnna de Vries, Utrecht',
    ]);
  });

  it('shows someone arriving and removes them when they leave', () => {
    render(<PresenceList awareness={local} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    let other: Awareness | undefined;
    act(() => {
      other = peer(local, {
        user: { id: 'u2', name: 'Anna de Vries', municipality: null, color: '#166534' },
      });
    });
    expect(screen.getByText('Anna de Vries')).toBeTruthy();
    act(() => removeAwarenessStates(local, [other!.clientID], 'remote'));
    expect(screen.queryByText('Anna de Vries')).toBeNull();
    expect(screen.getByRole('list', { name: 'Nu aanwezig: 1 persoon' })).toBeTruthy();
  });

  it('shows one person once when they have two tabs open, and ignores malformed states', () => {
    peer(local, { user: { id: 'u2', name: 'Anna de Vries', municipality: 'Utrecht', color: '#166534' } });
    peer(local, { user: { id: 'u2', name: 'Anna de Vries', municipality: 'Utrecht', color: '#166534' } });
    peer(local, { user: { name: 42 } });
    peer(local, { cursor: null });
    render(<PresenceList awareness={local} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('replaces a colour that is not #rrggbb, so nothing from another browser reaches the style', () => {
    peer(local, { user: { id: 'u3', name: 'Bas', municipality: null, color: 'red; background: url(x)' } });
    render(<PresenceList awareness={local} />);
    const avatar = screen.getByText('B');
    expect(avatar.getAttribute('style')).toMatch(/background-color: (#[0-9a-f]{6}|rgb\(\d+, \d+, \d+\))/i);
    expect(avatar.getAttribute('style')).not.toContain('url');
  });

  it('shows nothing without awareness (signed out)', () => {
    const { container } = render(<PresenceList awareness={null} />);
    expect(container.innerHTML).toBe('');
  });
});

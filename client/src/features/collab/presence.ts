import type { Awareness } from 'y-protocols/awareness';
import { parseCollabUser, type CollabUser } from './collabUser';

/** One person present in a document. */
export interface PresentUser extends CollabUser {
  /** This is the viewer (in this tab or another one). */
  isSelf: boolean;
}

/** Everyone present in `awareness`, one entry per person (tabs merged), the viewer first. */
export function presentUsers(awareness: Awareness): PresentUser[] {
  const selfId = parseCollabUser(awareness.getLocalState(), awareness.clientID)?.id ?? null;
  const byId = new Map<string, PresentUser>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = parseCollabUser(state, clientId);
    if (!user || byId.has(user.id)) continue;
    byId.set(user.id, { ...user, isSelf: user.id === selfId });
  }
  return [...byId.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'nl'),
  );
}

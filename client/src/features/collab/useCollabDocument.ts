import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { useViewer } from '../auth/AuthContext';
import { getToken, subscribeToToken } from '../auth/tokenStorage';
import { CollabSession, type CollabProblem, type CollabState, type CollabStatus } from './collabSession';
import { collabServerUrl } from './collabUrl';
import { colorForUser, type CollabUser } from './collabUser';

export type { CollabProblem, CollabStatus };
export type { CollabUser };

/**
 * One co-edited document as a component sees it: the session's state ({@link CollabState}: status,
 * synced, canEdit, hasUnsentChanges, restoredOfflineChanges, problem) plus its Yjs parts.
 */
export interface CollabDocument extends CollabState {
  /** The local Y.Doc: stable for one document and one signed-in user. */
  doc: Y.Doc;
  /** The stock y-websocket provider; null while signed out (or before the first effect ran). */
  provider: WebsocketProvider | null;
  /** Presence: every participant's `user` ({@link CollabUser}) and cursors; null like `provider`. */
  awareness: Awareness | null;
}

/** Options of {@link useCollabDocument}. */
export interface CollabDocumentOptions {
  /** Whether the viewer may edit, as the server said (`viewerCanEdit`). */
  canEdit: boolean;
  /** Called when the server reports changed access (4403): refetch `viewerCanEdit` and pass it in. */
  onAccessChanged?: () => void;
}

const signedOut: CollabState = {
  status: 'offline',
  synced: false,
  canEdit: false,
  hasUnsentChanges: false,
  restoredOfflineChanges: false,
  problem: 'unauthenticated',
};

const noSubscription = () => () => undefined;

/** A fresh Y.Doc whenever `key` (document and person) changes: another user's copy never shows. */
function useDocFor(key: string): Y.Doc {
  const [current, setCurrent] = useState(() => ({ key, doc: new Y.Doc() }));
  if (current.key === key) return current.doc;
  // Replacing state during render is React's pattern for "derived from a changed prop".
  const next = { key, doc: new Y.Doc() };
  setCurrent(next);
  return next.doc;
}

/**
 * Opens the co-edited document `docName` (`page:<id>`, `standard:<id>`, `roadmap:<id>`) on
 * `/collab` with the signed-in user's token, keeps edits in IndexedDB (per user and document) while
 * offline, and announces the viewer's name, municipality and colour as presence.
 */
export function useCollabDocument(docName: string, options: CollabDocumentOptions): CollabDocument {
  const { viewer } = useViewer();
  const token = useSyncExternalStore(subscribeToToken, getToken);
  const userId = viewer?.id ?? null;
  const name = viewer?.name ?? '';
  const municipality = viewer?.municipality?.name ?? null;
  const doc = useDocFor(`${docName}\n${userId ?? ''}`);
  const [session, setSession] = useState<CollabSession | null>(null);
  const onAccessChanged = useRef(options.onAccessChanged);
  const canEdit = useRef(options.canEdit);

  useEffect(() => {
    onAccessChanged.current = options.onAccessChanged;
    canEdit.current = options.canEdit;
  });

  useEffect(() => {
    if (!token || !userId) return;
    const user: CollabUser = { id: userId, name, municipality, color: colorForUser(userId) };
    const opened = new CollabSession(doc, {
      docName,
      token,
      user,
      canEdit: canEdit.current,
      serverUrl: collabServerUrl(),
      onAccessChanged: () => onAccessChanged.current?.(),
    });
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
  }, [doc, docName, token, userId, name, municipality]);

  useEffect(() => {
    session?.setCanEdit(options.canEdit);
  }, [session, options.canEdit]);

  const state = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    session?.getState ?? (() => signedOut),
  );
  return {
    doc,
    provider: session?.provider ?? null,
    awareness: session?.awareness ?? null,
    ...state,
    // Before the session exists the state is "signed out"; while a token is known say "connecting".
    ...(session === null && token && userId ? { status: 'connecting' as const, problem: null } : {}),
  };
}

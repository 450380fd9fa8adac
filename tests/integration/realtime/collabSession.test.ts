import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CollabSession,
  type CollabSessionOptions,
  type CollabState,
} from '../../../client/src/features/collab/collabSession';
import type { KoersServer } from '../../../server/app';
import { buildRoadmap, collabUrl, openProvider } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const SessionLogout = graphql(`
  mutation SessionLogout {
    logout
  }
`);

const SessionRemoveMember = graphql(`
  mutation SessionRemoveMember($taskforceId: ID!, $userId: ID!) {
    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
    }
  }
`);

const SessionAddMember = graphql(`
  mutation SessionAddMember($taskforceId: ID!, $userId: ID!) {
    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
    }
  }
`);

let server: KoersServer;
const sessions: CollabSession[] = [];
const watchers: WebsocketProvider[] = [];

/** Resolves when `predicate` holds, checked on every awareness change of `provider`. */
function awarenessUntil(provider: WebsocketProvider, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!predicate()) return;
      provider.awareness.off('change', check);
      resolve();
    };
    provider.awareness.on('change', check);
    check();
  });
}

/** Resolves with the session's state once `predicate` holds; driven by the session's own events. */
function until(session: CollabSession, predicate: (state: CollabState) => boolean): Promise<CollabState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = session.getState();
      if (!predicate(state)) return;
      unsubscribe();
      resolve(state);
    };
    const unsubscribe = session.subscribe(check);
    check();
  });
}

/** The browser's session class in Node: real sockets to a real server, no IndexedDB here. */
function open(user: SignedInUser, docName: string, extra: Partial<CollabSessionOptions> = {}): CollabSession {
  const session = new CollabSession(new Y.Doc(), {
    docName,
    token: user.token,
    user: { id: user.id, name: 'Test Gebruiker', municipality: null, color: '#0b5394' },
    canEdit: true,
    serverUrl: collabUrl(server.port),
    ...extra,
  });
  sessions.push(session);
  return session;
}

function serverTitle(name: string): Promise<unknown> {
  return server.collab.registry.with(name, (shared) => shared.doc.getMap('meta').get('title'));
}

async function memberOnRoadmap() {
  const models = server.runtime.models;
  const admin = await buildUser(models, { roles: ['ADMIN'] });
  const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const taskforce = await buildTaskforce(models, [member]);
  const { name } = await buildRoadmap(models, taskforce._id);
  return { admin, member, taskforceId: String(taskforce._id), name };
}

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  // The browser globals the session uses: `ws` stands in for the browser's WebSocket, and an
  // EventTarget for `window`, so tests can raise the browser's online/offline events.
  vi.stubGlobal('WebSocket', WebSocket);
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
  for (const watcher of watchers.splice(0)) watcher.destroy();
  vi.unstubAllGlobals();
});
afterAll(async () => {
  await server.close();
});

describe('CollabSession', () => {
  it('counts an edit as unsent until the server has answered after it, and the server then has it', async () => {
    const { member, name } = await memberOnRoadmap();
    const session = open(member, name);
    await until(session, (state) => state.status === 'connected' && !state.hasUnsentChanges);

    session.doc.getMap('meta').set('title', 'Bevestigd door de server');
    expect(session.getState().hasUnsentChanges).toBe(true);
    await until(session, (state) => !state.hasUnsentChanges);
    expect(await serverTitle(name)).toBe('Bevestigd door de server');
  });

  it('goes offline on the browser’s offline event, keeps edits, and sends them when online again', async () => {
    const { member, name } = await memberOnRoadmap();
    const session = open(member, name);
    await until(session, (state) => state.status === 'connected');

    window.dispatchEvent(new Event('offline'));
    expect(session.getState().status).toBe('offline');
    session.doc.getMap('meta').set('title', 'Offline geschreven');
    expect(session.getState().hasUnsentChanges).toBe(true);
    expect(await serverTitle(name)).toBe('Roadmap Test');

    window.dispatchEvent(new Event('online'));
    await until(session, (state) => state.status === 'connected' && !state.hasUnsentChanges);
    expect(await serverTitle(name)).toBe('Offline geschreven');
  });

  it('is present again for others after coming back online', async () => {
    const { member, name } = await memberOnRoadmap();
    const session = open(member, name);
    const watcher = openProvider(server.port, name, member.token);
    watchers.push(watcher);
    const present = (p: WebsocketProvider) => p.awareness.getStates().get(session.awareness.clientID)?.user;
    // The awareness renewal (every 15 s) would bring the person back too, only later: stop it, so
    // only the re-announcement on reconnecting can (what a stale clock would leave to the renewal).
    clearInterval(session.awareness._checkInterval);
    await until(session, (state) => state.status === 'connected');
    await awarenessUntil(watcher, () => present(watcher) !== undefined);

    window.dispatchEvent(new Event('offline'));
    await awarenessUntil(watcher, () => present(watcher) === undefined);
    window.dispatchEvent(new Event('online'));
    await awarenessUntil(watcher, () => present(watcher) !== undefined);
    expect(present(watcher)).toMatchObject({ name: 'Test Gebruiker' });
  });

  it('switches to read-only on 4403, keeps the text, reconnects, and writes again once the new rights are in', async () => {
    const { admin, member, taskforceId, name } = await memberOnRoadmap();
    const accessChanged = vi.fn();
    const session = open(member, name, { onAccessChanged: accessChanged });
    await until(session, (state) => state.status === 'connected');
    session.doc.getMap('meta').set('title', 'Nog als lid geschreven');
    await until(session, (state) => !state.hasUnsentChanges);

    await graphqlData(
      server.url,
      SessionRemoveMember,
      { taskforceId, userId: member.id },
      { token: admin.token },
    );
    // The page has not refetched yet (canEdit is still true as passed in), yet editing stops at once.
    const readOnly = await until(session, (state) => state.status === 'readOnly');
    expect(readOnly.canEdit).toBe(false);
    expect(accessChanged).toHaveBeenCalledTimes(1);
    expect(session.doc.getMap('meta').get('title')).toBe('Nog als lid geschreven');

    session.setCanEdit(false); // what the page learns from viewerCanEdit
    await graphqlData(
      server.url,
      SessionAddMember,
      { taskforceId, userId: member.id },
      { token: admin.token },
    );
    await until(session, () => accessChanged.mock.calls.length === 2);
    // Still read-only until the page passes the refetched rights in.
    expect((await until(session, (state) => state.synced)).status).toBe('readOnly');
    session.setCanEdit(true);
    expect(session.getState()).toMatchObject({ status: 'connected', canEdit: true });
    session.doc.getMap('meta').set('title', 'Weer lid');
    await until(session, (state) => !state.hasUnsentChanges);
    expect(await serverTitle(name)).toBe('Weer lid');
  });

  it('stops on 4401 after sign-out and asks to sign in again', async () => {
    const { member, name } = await memberOnRoadmap();
    const session = open(member, name);
    await until(session, (state) => state.status === 'connected');
    await graphqlData(server.url, SessionLogout, {}, { token: member.token });
    const state = await until(session, (current) => current.problem !== null);
    expect(state).toMatchObject({ problem: 'unauthenticated', status: 'offline' });
    expect(session.provider.shouldConnect).toBe(false);
  });
});

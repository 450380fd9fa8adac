import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import type { KoersServer } from '../../../server/app';
import { buildRoadmap, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';

let server: KoersServer;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

/** Resolves when `predicate` holds for the provider's awareness states; checked on every change. */
function awarenessUntil(
  provider: WebsocketProvider,
  predicate: (ids: Set<number>) => boolean,
): Promise<Set<number>> {
  return new Promise((resolve) => {
    const check = () => {
      const ids = new Set(provider.awareness.getStates().keys());
      if (!predicate(ids)) return;
      provider.awareness.off('change', check);
      resolve(ids);
    };
    provider.awareness.on('change', check);
    check();
  });
}

describe('/collab presence', () => {
  it('removes only the leaver, not the people whose states the leaver echoed', async () => {
    const models = server.runtime.models;
    const users = await Promise.all([0, 1, 2].map(() => buildUser(models, { roles: ['TASKFORCE_MEMBER'] })));
    const { name } = await buildRoadmap(models, (await buildTaskforce(models, users))._id);
    const [stayer, leaver, watcher] = users.map((user) => {
      const p = openProvider(server.port, name, user.token);
      providers.push(p);
      return p;
    }) as [WebsocketProvider, WebsocketProvider, WebsocketProvider];
    await Promise.all([stayer, leaver, watcher].map(synced));
    for (const [p, label] of [
      [stayer, 'Blijft'],
      [leaver, 'Vertrekt'],
      [watcher, 'Kijkt'],
    ] as const) {
      p.awareness.setLocalStateField('user', { name: label });
    }
    const all = [stayer, leaver, watcher].map((p) => p.awareness.clientID);
    // The stock client sends every awareness change it applies back to the server, including other
    // people's: the leaver's socket carries the stayer's state too.
    await Promise.all(
      [stayer, leaver, watcher].map((p) => awarenessUntil(p, (ids) => all.every((id) => ids.has(id)))),
    );

    const leaverId = leaver.awareness.clientID;
    const gone = awarenessUntil(watcher, (ids) => !ids.has(leaverId));
    // A closed tab or a lost network: no goodbye message, the server only sees the socket end.
    leaver.shouldConnect = false;
    (leaver.ws as unknown as WebSocket).terminate();
    const seen = await gone;
    expect(seen.has(stayer.awareness.clientID)).toBe(true);
    expect(seen.has(watcher.awareness.clientID)).toBe(true);
  });
});

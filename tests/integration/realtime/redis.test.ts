import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';
import type { KoersServer } from '../../../server/app';
import { eventually } from '../../support/eventually';

const databaseUri = uniqueDatabaseUri();
const prefix = `koers-test-${randomUUID().slice(0, 8)}:`;
const servers: KoersServer[] = [];
const providers: WebsocketProvider[] = [];
let a: SignedInUser;
let b: SignedInUser;
let name: string;

async function start(): Promise<KoersServer> {
  const server = await startTestServer({
    MONGODB_URI: databaseUri,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: prefix,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  const first = await start();
  await start();
  const models = first.runtime.models;
  a = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  // Presence shows the signed-in name, whatever the client sets.
  b = await buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Bea' });
  const taskforce = await buildTaskforce(models, [a, b]);
  ({ name } = await buildRoadmap(models, taskforce._id));
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const s of servers) await s.close();
});

describe('two processes through Redis', () => {
  it('converge: edits and awareness on one process reach clients of the other', async () => {
    const [one, two] = servers as [KoersServer, KoersServer];
    const p = openProvider(one.port, name, a.token);
    const q = openProvider(two.port, name, b.token);
    providers.push(p, q);
    await Promise.all([synced(p), synced(q)]);
    clientAddItem(p.doc, 'p1', 'Via proces een');
    clientAddItem(q.doc, 'q1', 'Via proces twee');
    q.awareness.setLocalStateField('user', { name: 'Bea' });
    await eventually(() => {
      expect(itemTitles(p.doc).sort()).toEqual(['Via proces een', 'Via proces twee']);
      expect(itemTitles(q.doc)).toEqual(itemTitles(p.doc));
      expect([...p.awareness.getStates().values()].some((s) => s.user?.name === 'Bea')).toBe(true);
    });
    // Each process stores what its own clients sent; together the log holds both.
    await Promise.all(servers.map((s) => s.collab.registry.with(name, (shared) => shared.flush())));
    const late = openProvider(one.port, name, b.token);
    providers.push(late);
    await synced(late);
    expect(itemTitles(late.doc).sort()).toEqual(['Via proces een', 'Via proces twee']);
  });
});

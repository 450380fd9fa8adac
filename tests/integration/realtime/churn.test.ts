import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { loadDocumentState } from '../../../server/db/collabStore';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import {
  buildRoadmap,
  clientAddItem,
  closeCode,
  itemTitles,
  openProvider,
  rawSocket,
  synced,
  upgradeStatus,
} from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

/**
 * Connection churn on a server and database of its own: other tests' large documents would make
 * every load slower (FerretDB scans a collection for any filter other than `_id`).
 */
let server: KoersServer;
let member: SignedInUser;
let roadmaps: Array<Promise<string>> = [];

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const taskforceId = (await buildTaskforce(models, [member]))._id;
  roadmaps = Array.from({ length: 110 }, () => buildRoadmap(models, taskforceId).then((r) => r.name));
  await Promise.all(roadmaps);
});
afterAll(async () => {
  await server.close();
});

/** Which of `names` are still in memory. */
function loaded(names: string[]): string[] {
  return server.collab.registry.loadedNames().filter((name) => names.includes(name));
}

/** Heap in use after forced full collections, so growth means something is still referenced. */
function heapAfterCollection(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function storedTitles(name: string): Promise<string[]> {
  const stored = await loadDocumentState(server.runtime.models, name);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
  return itemTitles(doc);
}

describe('connection churn', () => {
  it('survives 500 sockets opening and closing fast; documents stay intact', async () => {
    const names = await Promise.all(roadmaps.slice(0, 10));
    for (const name of names) {
      await server.collab.registry.with(name, async (shared) => {
        shared.doc.transact(() => clientAddItem(shared.doc, 'keep', 'Blijft'), { userId: member.id });
        await shared.flush();
      });
    }
    const churn = Array.from({ length: 500 }, (_, i) => {
      const socket = rawSocket(server.port, names[i % names.length] as string, member.token);
      socket.on('error', () => undefined);
      return new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        // Half are dropped mid-handshake, half right after opening.
        if (i % 2 === 0) setImmediate(() => socket.terminate());
        else socket.once('open', () => socket.close());
        socket.once('unexpected-response', () => socket.terminate());
      });
    });
    await Promise.all(churn);
    // The server finishes (or abandons) every upgrade whose client has already gone.
    await eventually(() => expect(server.collab.stats().pendingUpgrades).toBe(0));
    await eventually(() => expect(loaded(names)).toEqual([]));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const name of names) expect(await storedTitles(name)).toEqual(['Blijft']);
    const after = openProvider(server.port, names[0] as string, member.token);
    await synced(after);
    expect(itemTitles(after.doc)).toEqual(['Blijft']);
    after.destroy();
  });

  it('returns to its memory baseline after 1,000 connect/disconnect cycles over 100 documents', async () => {
    const names = await Promise.all(roadmaps.slice(10));
    const cycle = async (count: number) => {
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const name = names[next++ % names.length] as string;
          const socket = rawSocket(server.port, name, member.token);
          socket.once('unexpected-response', (_request, response) => {
            throw new Error(`upgrade refused with ${response.statusCode ?? 0}`);
          });
          await new Promise((resolve) => socket.once('message', resolve));
          const closed = closeCode(socket);
          socket.close();
          await closed;
        }
      };
      await Promise.all(Array.from({ length: 20 }, worker));
      await eventually(() => expect(loaded(names)).toEqual([]));
    };
    await cycle(100);
    const baseline = heapAfterCollection();
    await cycle(1000);
    const growth = heapAfterCollection() - baseline;
    expect(growth).toBeLessThan(16 * 1024 * 1024);
  });

  it('returns to its memory baseline after 600 editing sessions that store, fold and unload', async () => {
    const names = await Promise.all(roadmaps.slice(10, 60));
    const sessions = async (count: number, round: string) => {
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const index = next++;
          const name = names[index % names.length] as string;
          await server.collab.registry.with(name, (shared) => {
            shared.doc.transact(() => clientAddItem(shared.doc, `${round}${index}`, `Sessie ${index}`), {
              userId: member.id,
            });
          });
        }
      };
      await Promise.all(Array.from({ length: 10 }, worker));
      await eventually(() => expect(loaded(names)).toEqual([]));
    };
    await sessions(100, 'warm');
    const baseline = heapAfterCollection();
    await sessions(600, 'run');
    const growth = heapAfterCollection() - baseline;
    expect(growth).toBeLessThan(8 * 1024 * 1024);
    expect(await storedTitles(names[0] as string)).toContain('Sessie 0');
  });
});

describe('connection caps', () => {
  it('refuses connections over the per-document cap, and upgrades over the pending cap before auth', async () => {
    const capped = await startTestServer(
      {},
      { collabLimits: { maxConnectionsPerDocument: 3, maxPendingUpgrades: 2 } },
    );
    try {
      const models = capped.runtime.models;
      const user = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
      const { name } = await buildRoadmap(models, (await buildTaskforce(models, [user]))._id);
      const open: WebSocket[] = [];
      for (let i = 0; i < 3; i++) {
        const socket = rawSocket(capped.port, name, user.token);
        expect(await upgradeStatus(socket)).toBe(101);
        open.push(socket);
      }
      expect(await upgradeStatus(rawSocket(capped.port, name, user.token))).toBe(503);
      const closed = closeCode(open[0] as WebSocket);
      open[0]?.close();
      await closed;
      await eventually(() => expect(capped.collab.stats().connections).toBe(2));
      const again = rawSocket(capped.port, name, user.token);
      expect(await upgradeStatus(again)).toBe(101);
      open.push(again);

      // Forged tokens need a database lookup each: only two may wait at a time.
      const statuses = await Promise.all(
        Array.from({ length: 50 }, () => upgradeStatus(rawSocket(capped.port, name, 'f'.repeat(43)))),
      );
      expect(statuses.filter((s) => s === 101)).toEqual([]);
      expect(statuses).toContain(503);
      expect(statuses).toContain(401);
      for (const socket of open) socket.terminate();
    } finally {
      await capped.close();
    }
  });
});

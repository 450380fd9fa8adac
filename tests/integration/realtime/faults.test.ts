import type { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import type { CollabLimits } from '../../../server/realtime/limits';
import { bytesOf } from '../../../server/db/collabStore';
import { encodeAwarenessMessage, encodeUpdate } from '../../../server/realtime/protocol';
import { loadDocumentState } from '../../../server/db/collabStore';
import {
  buildRoadmap,
  clientAddItem,
  closeCode,
  closeCollabServer,
  collabUrl,
  itemTitles,
  openProvider,
  openRawSocket,
  rawSocket,
  startCollabServer,
  synced,
  upgradeStatus,
} from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

/** Limits small enough to reach in a test; the rest (a 30 s ping) are the defaults. */
const LIMITS: Partial<CollabLimits> = {
  maxBufferedBytes: 1024 * 1024,
  awarenessBurst: 10,
  awarenessPerSecond: 5,
  maxAwarenessClients: 4,
};

let server: KoersServer;
let member: SignedInUser;
let other: SignedInUser;
let taskforceId: Types.ObjectId;
const providers: WebsocketProvider[] = [];
const sockets: WebSocket[] = [];

function provider(name: string, user: SignedInUser, doc = new Y.Doc()): WebsocketProvider {
  const p = openProvider(server.port, name, user.token, doc);
  providers.push(p);
  return p;
}

async function openSocket(name: string, options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  const socket = await openRawSocket(server.port, name, member.token, options);
  sockets.push(socket);
  return socket;
}

function roadmap(): Promise<{ id: string; name: string }> {
  return buildRoadmap(server.runtime.models, taskforceId);
}

function peersOf(name: string): Promise<number> {
  return server.collab.registry.with(name, (shared) => shared.peers.size);
}

async function storedTitles(name: string): Promise<string[]> {
  const stored = await loadDocumentState(server.runtime.models, name);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
  return itemTitles(doc);
}

beforeAll(async () => {
  ({ server, member, other, taskforceId } = await startCollabServer({ collabLimits: LIMITS }));
});
afterAll(() => closeCollabServer(server, providers, sockets));

describe('misbehaving clients', () => {
  it('closes a half-open client that stops answering pings', async () => {
    // A server of its own: a fast heartbeat here would also drop the non-reading client below.
    const pinging = await startTestServer({}, { collabLimits: { pingIntervalMs: 100 } });
    try {
      const models = pinging.runtime.models;
      const user = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
      const { name } = await buildRoadmap(models, (await buildTaskforce(models, [user]))._id);
      const healthy = openProvider(pinging.port, name, user.token);
      providers.push(healthy);
      await synced(healthy);
      const silent = new WebSocket(`${collabUrl(pinging.port)}/${name}?token=${user.token}`, {
        autoPong: false,
      });
      sockets.push(silent);
      const closed = closeCode(silent);
      await new Promise((resolve) => silent.once('open', resolve));
      const peers = () => pinging.collab.registry.with(name, (shared) => shared.peers.size);
      expect(await peers()).toBe(2);
      // Terminated (no close frame) within two ping rounds; the answering client stays.
      expect(await closed).toBe(1006);
      await eventually(async () => expect(await peers()).toBe(1));
      expect(healthy.wsconnected).toBe(true);
      healthy.destroy();
    } finally {
      await pinging.close();
    }
  });

  it('drops a client that never reads instead of buffering for it without bound', async () => {
    const { name } = await roadmap();
    const writer = provider(name, other);
    await synced(writer);
    const stalled = await openSocket(name);
    // Stop reading from the TCP socket: the server's sends pile up in its buffer.
    (stalled as unknown as { _socket: { pause(): void } })._socket.pause();
    const text = writer.doc.getText('bulk');
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 64 && (await peersOf(name)) > 1; i++) {
      text.insert(text.length, chunk);
      const expected = text.length;
      await eventually(
        () =>
          server.collab.registry.with(name, (shared) =>
            expect(shared.doc.getText('bulk').length).toBe(expected),
          ),
        5,
      );
    }
    expect(await peersOf(name)).toBe(1);
    expect(writer.wsconnected).toBe(true);
  });

  it('throttles an awareness flood and removes the flooder’s presence when it leaves', async () => {
    const { name } = await roadmap();
    const watcher = provider(name, other);
    await synced(watcher);
    const flooder = await openSocket(name);
    const presence = new awarenessProtocol.Awareness(new Y.Doc());
    let seen = 0;
    watcher.awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
      if ([...added, ...updated].includes(presence.clientID)) seen++;
    });
    for (let i = 0; i < 300; i++) {
      presence.setLocalState({ cursor: i });
      flooder.send(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(presence, [presence.clientID])),
      );
    }
    await eventually(() => expect(watcher.awareness.getStates().has(presence.clientID)).toBe(true));
    // Same socket, in order: a document update sent after the flood arrives after all of it.
    const local = new Y.Doc();
    clientAddItem(local, 'after', 'Na de vloed');
    flooder.send(encodeUpdate(Y.encodeStateAsUpdate(local)));
    await eventually(() => expect(itemTitles(watcher.doc)).toEqual(['Na de vloed']));
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThanOrEqual((LIMITS.awarenessBurst ?? 0) + 5);

    flooder.close();
    await eventually(() => expect(watcher.awareness.getStates().has(presence.clientID)).toBe(false));
  });

  it('closes a socket that announces more awareness clients than a tab would', async () => {
    const { name } = await roadmap();
    const socket = await openSocket(name);
    const closed = closeCode(socket);
    for (let i = 0; i <= (LIMITS.maxAwarenessClients ?? 0); i++) {
      const presence = new awarenessProtocol.Awareness(new Y.Doc());
      presence.setLocalState({ i });
      socket.send(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(presence, [presence.clientID])),
      );
    }
    expect(await closed).toBe(CloseCode.BadMessage);
  });

  it('applies a replayed update once, and a replay after a removal does not bring it back', async () => {
    const { name } = await roadmap();
    const models = server.runtime.models;
    const watcher = provider(name, other);
    await synced(watcher);
    const socket = await openSocket(name);
    const local = new Y.Doc();
    clientAddItem(local, 'once', 'Eén keer');
    const message = encodeUpdate(Y.encodeStateAsUpdate(local));
    for (let i = 0; i < 3; i++) socket.send(message);
    await eventually(() => expect(itemTitles(watcher.doc)).toEqual(['Eén keer']));
    await server.collab.registry.with(name, (shared) => shared.flush());
    expect(await models.CollabUpdate.countDocuments({ docName: name })).toBe(1);

    watcher.doc.getArray('items').delete(0, 1);
    await eventually(() =>
      server.collab.registry.with(name, (shared) => expect(itemTitles(shared.doc)).toEqual([])),
    );
    socket.send(message);
    // A later, distinct update on the same socket proves the replay was handled first.
    clientAddItem(local, 'marker', 'Markering');
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(local)));
    await eventually(() => expect(itemTitles(watcher.doc)).toEqual(['Markering']));
    await server.collab.registry.with(name, (shared) => shared.flush());
    expect(await storedTitles(name)).toEqual(['Markering']);
  });

  it('keeps both edits when a client disconnects while its save is in flight and reconnects', async () => {
    const { name } = await roadmap();
    const a = provider(name, member);
    await synced(a);
    clientAddItem(a.doc, 'online', 'Voor het verbreken');
    a.disconnect();
    clientAddItem(a.doc, 'offline', 'Tijdens het verbreken');
    a.connect();
    await synced(a);
    await eventually(async () => {
      const titles = await server.collab.registry.with(name, (shared) => itemTitles(shared.doc));
      expect(titles.sort()).toEqual(['Tijdens het verbreken', 'Voor het verbreken']);
    });
    await server.collab.registry.with(name, (shared) => shared.flush());
    expect((await storedTitles(name)).sort()).toEqual(['Tijdens het verbreken', 'Voor het verbreken']);
  });
});

describe('operator-shaped content in a document', () => {
  it('projects items with $-, dotted and __proto__ keys and ids as plain data', async () => {
    const { id, name } = await roadmap();
    const writer = provider(name, member);
    await synced(writer);
    writer.doc.transact(() => {
      const item = new Y.Map<unknown>();
      for (const [key, value] of [
        ['id', '$where'],
        ['title', '{"$gt":""}'],
        ['startYear', 2026],
        ['endYear', 2027],
        ['$where', 'sleep(1000)'],
        ['a.b', 1],
        ['__proto__', { polluted: true }],
        ['standardIds', [{ $ne: null }, 'x']],
      ] as const) {
        item.set(key, value);
      }
      writer.doc.getArray('items').push([item]);
    });
    await eventually(() =>
      server.collab.registry.with(name, (shared) => expect(shared.doc.getArray('items').length).toBe(1)),
    );
    await server.collab.registry.with(name, (shared) => shared.project());
    const records = await server.runtime.models.RoadmapItem.find({ roadmapId: id }).lean();
    expect(records).toHaveLength(1);
    const record = records[0] as unknown as Record<string, unknown>;
    expect(record._id).toBe(`${id}:$where`);
    expect(record.title).toBe('{"$gt":""}');
    expect(record.standardIds).toEqual(['x']);
    expect(Object.keys(record).filter((key) => key.includes('.') || key.startsWith('$'))).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a document that fails to load', () => {
  it('refuses the client and never overwrites the stored state with an empty document', async () => {
    const { name } = await roadmap();
    const models = server.runtime.models;
    const good = new Y.Doc();
    clientAddItem(good, 'kept', 'Bewaard');
    const truncated = Y.encodeStateAsUpdate(good).slice(0, 10);
    // Written raw: writeSnapshot itself refuses a state it cannot read.
    await models.CollabSnapshot.updateOne(
      { _id: name },
      {
        $set: { state: Buffer.from(truncated), updatedAt: new Date() },
        $unset: { stateVector: 1 },
        $inc: { version: 1 },
      },
      { upsert: true },
    );

    expect(await upgradeStatus(rawSocket(server.port, name, member.token))).toBe(503);
    expect(server.collab.registry.loadedNames()).not.toContain(name);
    const snapshot = await models.CollabSnapshot.findById(name).lean();
    expect(Buffer.from(bytesOf(snapshot?.state ?? new Uint8Array()))).toEqual(Buffer.from(truncated));
    expect(await models.CollabUpdate.countDocuments({ docName: name })).toBe(0);
  });
});

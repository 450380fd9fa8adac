import type { Types } from 'mongoose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import {
  COMPACT_AFTER_UPDATES,
  foldIntoSnapshot,
  loadDocumentState,
  recordUpdates,
  type LoggedRecord,
} from '../../../server/db/collabStore';
import { MAX_RECORD_BYTES, UpdateLog } from '../../../server/realtime/updateLog';
import {
  buildRoadmap,
  clientAddItem,
  closeCode,
  closeCollabServer,
  itemTitles,
  openProvider,
  rawSocket,
  startCollabServer,
  synced,
  unknownId,
  upgradeStatus,
} from '../../support/collab';
import { buildUser, type SignedInUser } from '../../support/factories';
import { eventually } from '../../support/eventually';

let server: KoersServer;
let member: SignedInUser;
let other: SignedInUser;
let reader: SignedInUser;
let taskforceId: Types.ObjectId;
const providers: WebsocketProvider[] = [];

function provider(name: string, user: SignedInUser | null, doc = new Y.Doc()): WebsocketProvider {
  const p = openProvider(server.port, name, user?.token ?? null, doc);
  providers.push(p);
  return p;
}

beforeAll(async () => {
  ({ server, member, other, taskforceId } = await startCollabServer());
  reader = await buildUser(server.runtime.models, { roles: ['MUNICIPALITY_EDITOR'] });
});
// Each stock provider holds an exit listener on the process until destroyed: a test's providers go
// with it, or the file's dozen made Node warn of a listener leak.
afterEach(() => {
  for (const open of providers.splice(0)) open.destroy();
});
afterAll(() => closeCollabServer(server, providers));

describe('/collab sync', () => {
  it('converges concurrent edits of two writers and stores them', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const a = provider(name, member);
    const b = provider(name, other);
    await Promise.all([synced(a), synced(b)]);
    expect(a.doc.getMap('meta').get('title')).toBe('Roadmap Test');
    clientAddItem(a.doc, 'a1', 'Van A');
    clientAddItem(b.doc, 'b1', 'Van B');
    a.doc.getMap('meta').set('title', 'Nieuwe titel');
    await eventually(() => {
      expect(itemTitles(a.doc).sort()).toEqual(['Van A', 'Van B']);
      expect(itemTitles(b.doc)).toEqual(itemTitles(a.doc));
      expect(b.doc.getMap('meta').get('title')).toBe('Nieuwe titel');
    });
    await eventually(async () => {
      const stored = await loadDocumentState(server.runtime.models, name);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
      expect(itemTitles(doc).sort()).toEqual(['Van A', 'Van B']);
    });
  });

  it('merges offline edits on reconnect', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const a = provider(name, member);
    const b = provider(name, other);
    await Promise.all([synced(a), synced(b)]);
    b.disconnect();
    clientAddItem(a.doc, 'online', 'Online');
    clientAddItem(b.doc, 'offline', 'Offline');
    b.connect();
    await eventually(() => {
      expect(itemTitles(a.doc).sort()).toEqual(['Offline', 'Online']);
      expect(itemTitles(b.doc).sort()).toEqual(['Offline', 'Online']);
    });
  });

  it('refuses anonymous and bad tokens (401) and unknown documents (404) before any sync', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    expect(await upgradeStatus(rawSocket(server.port, name, null))).toBe(401);
    expect(await upgradeStatus(rawSocket(server.port, name, 'not-a-token'))).toBe(401);
    expect(await upgradeStatus(rawSocket(server.port, `roadmap:${unknownId()}`, member.token))).toBe(404);
    expect(await upgradeStatus(rawSocket(server.port, 'nonsense:1', member.token))).toBe(404);
  });

  it('refuses a live session whose user is gone (401) and releases the document it loaded meanwhile', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const gone = await buildUser(server.runtime.models, { roles: ['TASKFORCE_MEMBER'] });
    await server.runtime.models.User.deleteOne({ _id: gone._id });
    expect(await upgradeStatus(rawSocket(server.port, name, gone.token))).toBe(401);
    await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name));
  });

  it('lets a reader sync and see awareness live, but drops their updates', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const writer = provider(name, member);
    const watcher = provider(name, reader);
    await Promise.all([synced(writer), synced(watcher)]);
    clientAddItem(writer.doc, 'w1', 'Van schrijver');
    await eventually(() => expect(itemTitles(watcher.doc)).toEqual(['Van schrijver']));

    clientAddItem(watcher.doc, 'r1', 'Van lezer');
    // Same socket, in order: once the writer sees the reader's awareness, the server has handled
    // the reader's update before it, and would have relayed it first.
    watcher.awareness.setLocalStateField('editing', 'Lezer');
    await eventually(() =>
      expect([...writer.awareness.getStates().values()].some((s) => s.editing === 'Lezer')).toBe(true),
    );
    expect(itemTitles(writer.doc)).toEqual(['Van schrijver']);
    const serverTitles = await server.collab.registry.with(name, (shared) => itemTitles(shared.doc));
    expect(serverTitles).toEqual(['Van schrijver']);
    await server.collab.registry.with(name, (shared) => shared.flush());
    const stored = await loadDocumentState(server.runtime.models, name);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
    expect(itemTitles(doc)).toEqual(['Van schrijver']);
  });

  it('closes only the offending connection on garbage, truncated and oversize messages', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const healthy = provider(name, member);
    await synced(healthy);
    const frames = [
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
      Buffer.from([0, 2, 50, 1, 2, 3]),
      Buffer.from([0, 2, 5, 0xde, 0xad, 0xbe, 0xef, 0x00]),
      Buffer.from([9]),
    ];
    for (const frame of frames) {
      const socket = rawSocket(server.port, name, other.token);
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = closeCode(socket);
      socket.send(frame);
      expect(await closed).toBe(CloseCode.BadMessage);
    }
    const big = rawSocket(server.port, name, other.token);
    await new Promise((resolve) => big.once('open', resolve));
    const closedBig = closeCode(big);
    big.send(Buffer.alloc(3 * 1024 * 1024, 1));
    expect(await closedBig).toBe(CloseCode.TooLarge);

    clientAddItem(healthy.doc, 'still', 'Werkt nog');
    const late = provider(name, other);
    await synced(late);
    await eventually(() => expect(itemTitles(late.doc)).toEqual(['Werkt nog']));
    expect(healthy.wsconnected).toBe(true);
  });

  it('compacts a long log into a snapshot and loads it back intact; unloads when idle', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const models = server.runtime.models;
    const a = provider(name, member);
    await synced(a);
    const total = COMPACT_AFTER_UPDATES + 50;
    const perRecord = 10;
    // Ten edits per log record: each batch is stored before the next is made (server-side, to be quick).
    await server.collab.registry.with(name, async (shared) => {
      for (let i = 0; i < total; i++) {
        shared.doc.transact(() => clientAddItem(shared.doc, `i${i}`, `Item ${i}`), { userId: member.id });
        if (i % perRecord === perRecord - 1) await shared.flush();
      }
      await shared.flush();
    });
    await eventually(() => expect(itemTitles(a.doc)).toHaveLength(total));
    const afterCompaction = await loadDocumentState(models, name);
    expect(afterCompaction?.tailLength).toBeLessThan(total - COMPACT_AFTER_UPDATES);
    expect(await models.CollabUpdate.countDocuments({ docName: name })).toBeLessThan(
      (total - COMPACT_AFTER_UPDATES) / perRecord + 1,
    );
    const snapshot = await models.CollabSnapshot.findById(name).lean();
    expect(snapshot?.version).toBeGreaterThanOrEqual(2);

    a.destroy();
    await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name));
    const fresh = provider(name, other);
    await synced(fresh);
    expect(itemTitles(fresh.doc)).toEqual(Array.from({ length: total }, (_, i) => `Item ${i}`));
    const stored = await loadDocumentState(models, name);
    expect(stored?.tailLength).toBeLessThan(total - COMPACT_AFTER_UPDATES);
  });

  it('stores a burst of edits as one packed log record, and still reads the older record formats', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const models = server.runtime.models;
    const registry = server.collab.registry;
    const titles = [...Array.from({ length: 5 }, (_, i) => `Burst ${i}`), 'Oud formaat', 'Lijst'];
    // Held throughout: an unload would fold the log into the snapshot under the test's feet.
    const shared = await registry.acquire(name);
    try {
      for (let i = 0; i < 5; i++) {
        shared.doc.transact(() => clientAddItem(shared.doc, `b${i}`, `Burst ${i}`), { userId: member.id });
      }
      await shared.flush();
      const records = await models.CollabUpdate.find({ docName: name }).lean();
      expect(records).toHaveLength(1);
      expect(records[0]?.updates).toBeUndefined();
      expect(recordUpdates(records[0]!)).toHaveLength(5);

      // A record from before batches were kept unmerged: one merged update in `update`.
      const older = new Y.Doc();
      Y.applyUpdate(older, (await loadDocumentState(models, name))!.state);
      const before = Y.encodeStateVector(older);
      clientAddItem(older, 'legacy', 'Oud formaat');
      await models.CollabUpdate.collection.insertOne({
        docName: name,
        update: Buffer.from(Y.encodeStateAsUpdate(older, before)),
      });
      // A record from before batches were packed: the updates as an array of binaries.
      const listed = Y.encodeStateVector(older);
      clientAddItem(older, 'list', 'Lijst');
      await models.CollabUpdate.collection.insertOne({
        docName: name,
        updates: [Buffer.from(Y.encodeStateAsUpdate(older, listed))],
      });
      const read = await loadDocumentState(models, name);
      expect(read?.tailLength).toBe(7);
      const loaded = new Y.Doc();
      Y.applyUpdate(loaded, read!.state);
      expect(itemTitles(loaded)).toEqual(titles);
    } finally {
      registry.release(shared);
    }
    // The unload folds the records the document holds; those written behind its back stay in
    // the log, read with the snapshot, until a load that read them folds them too.
    await eventually(() => expect(registry.loadedNames()).not.toContain(name));
    const stored = await loadDocumentState(models, name);
    expect(stored?.tailLength).toBe(2);
    const withTail = new Y.Doc();
    Y.applyUpdate(withTail, stored!.state);
    expect(itemTitles(withTail)).toEqual(titles);
    registry.release(await registry.acquire(name));
    await eventually(() => expect(registry.loadedNames()).not.toContain(name));
    const folded = await loadDocumentState(models, name);
    expect(folded?.tailLength).toBe(0);
    const fromSnapshot = new Y.Doc();
    Y.applyUpdate(fromSnapshot, folded!.state);
    expect(itemTitles(fromSnapshot)).toEqual(titles);
  });

  it('never hands out a document whose unload finished while the caller waited for it', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const registry = server.collab.registry;
    const first = await registry.acquire(name);
    let finishSettling!: () => void;
    vi.spyOn(first, 'settle').mockReturnValue(new Promise<void>((resolve) => (finishSettling = resolve)));
    registry.release(first);
    // The unload resumes first, then this acquire, which had already found the old copy.
    finishSettling();
    const second = await registry.acquire(name);
    try {
      expect(second).not.toBe(first);
      expect(registry.loadedNames()).toContain(name);
      second.doc.transact(() => clientAddItem(second.doc, 'na', 'Na het uitladen'), { userId: member.id });
      await second.flush();
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await loadDocumentState(server.runtime.models, name))!.state);
      expect(itemTitles(stored)).toEqual(['Na het uitladen']);
    } finally {
      registry.release(second);
    }
  });

  it('keeps a document in memory until every unload under way has stored it', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const registry = server.collab.registry;
    const shared = await registry.acquire(name);
    const settle = shared.settle.bind(shared);
    const settles: Array<Promise<void>> = [];
    vi.spyOn(shared, 'settle').mockImplementation(() => {
      const settled = settle();
      settles.push(settled);
      return settled;
    });
    // The first unload's fold is held: it is still storing when a second holder comes and goes.
    let finishFirstFold!: () => void;
    const firstFoldReached = new Promise<void>((reached) => {
      vi.spyOn(shared, 'compact').mockImplementationOnce(() => {
        reached();
        return new Promise<void>((resolve) => (finishFirstFold = resolve));
      });
    });
    shared.doc.transact(() => clientAddItem(shared.doc, 'een', 'Een'), { userId: member.id });
    registry.release(shared);
    await firstFoldReached;
    try {
      expect(await registry.acquire(name)).toBe(shared);
      shared.doc.transact(() => clientAddItem(shared.doc, 'twee', 'Twee'), { userId: member.id });
      registry.release(shared);
      await settles[1];
      // The second unload has had its turn (it runs on the settle's resolution, before this).
      await new Promise(setImmediate);
      expect(settles).toHaveLength(2);
      expect(registry.loadedNames()).toContain(name);
    } finally {
      finishFirstFold();
    }
    await eventually(() => expect(registry.loadedNames()).not.toContain(name));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState(server.runtime.models, name))!.state);
    expect(itemTitles(stored)).toEqual(['Een', 'Twee']);
  });

  it('loads every edit when another process folds the log while the load reads it', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const models = server.runtime.models;
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, (await loadDocumentState(models, name))!.state);
    const records: LoggedRecord[] = [];
    const log = new UpdateLog(models, name, server.runtime.logger, (record) => records.push(record));
    elsewhere.on('update', (update: Uint8Array) => log.append(update));
    clientAddItem(elsewhere, 'een', 'Een');
    await log.flush();
    clientAddItem(elsewhere, 'twee', 'Twee');
    await log.flush();
    const { version } = (await models.CollabSnapshot.findById(name).lean())!;
    // The fold (snapshot written, then its records deleted) runs just before the load reads the log.
    const find = models.CollabUpdate.find.bind(models.CollabUpdate);
    const spy = vi.spyOn(models.CollabUpdate, 'find').mockImplementationOnce(((filter: object) =>
      find(filter).pre(async () => {
        await foldIntoSnapshot(models, name, {
          state: Y.encodeStateAsUpdate(elsewhere),
          stateVector: Y.encodeStateVector(elsewhere),
          records,
          knownVersion: version,
        });
      })) as never);
    const loaded = await loadDocumentState(models, name).finally(() => spy.mockRestore());
    expect(loaded?.tailLength).toBe(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded!.state);
    expect(itemTitles(doc)).toEqual(['Een', 'Twee']);
  });

  it('splits a backlog of large updates into records that stay far below the 16 MB limit', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const models = server.runtime.models;
    const log = new UpdateLog(models, name, server.runtime.logger, () => undefined);
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    const chunk = 'x'.repeat(1.5 * 1024 * 1024);
    for (let i = 0; i < 8; i++) source.getText('bulk').insert(0, chunk);
    for (const update of updates) log.append(update);
    await log.flush();
    const records = await models.CollabUpdate.find({ docName: name }).lean();
    expect(records.length).toBeGreaterThan(1);
    for (const record of records) {
      const bytes = recordUpdates(record).reduce((sum, update) => sum + update.byteLength, 0);
      expect(bytes).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    }
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await loadDocumentState(models, name))!.state);
    expect(loaded.getText('bulk').length).toBe(8 * chunk.length);
  });
});

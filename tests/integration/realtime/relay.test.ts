import type { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import {
  COMPACT_AFTER_RECORDS,
  COMPACT_AFTER_UPDATES,
  loadDocumentState,
  recordUpdates,
} from '../../../server/db/collabStore';
import type { CollabUpdateRecord } from '../../../server/db/models/CollabUpdate';
import { encodeUpdate } from '../../../server/realtime/protocol';
import { UpdateLog } from '../../../server/realtime/updateLog';
import {
  buildRoadmap,
  clientAddItem,
  closeCode,
  closeCollabServer,
  itemTitles,
  openProvider,
  openRawSocket,
  startCollabServer,
  synced,
} from '../../support/collab';
import type { SignedInUser } from '../../support/factories';
import { eventually } from '../../support/eventually';

let server: KoersServer;
let member: SignedInUser;
let other: SignedInUser;
let taskforceId: Types.ObjectId;
const providers: WebsocketProvider[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  ({ server, member, other, taskforceId } = await startCollabServer());
});
afterAll(() => closeCollabServer(server, providers, sockets));

/** A socket of `user` on `name`, open. */
async function openSocket(name: string, user: SignedInUser): Promise<WebSocket> {
  const socket = await openRawSocket(server.port, name, user.token);
  sockets.push(socket);
  return socket;
}

/** The y-websocket update message around `update`, as a client sends it. */
function updateMessage(update: Uint8Array): Buffer {
  return Buffer.from(encodeUpdate(update));
}

/** The updates a client document makes, one per edit. */
function recordedUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

/** Resolves with each update message `socket` receives, in order. */
function updateMessages(socket: WebSocket): { next(): Promise<Buffer> } {
  const arrived: Buffer[] = [];
  const waiting: ((message: Buffer) => void)[] = [];
  socket.on('message', (data: Buffer) => {
    if (data[0] !== MessageType.Sync || data[1] !== syncProtocol.messageYjsUpdate) return;
    const waiter = waiting.shift();
    if (waiter) waiter(data);
    else arrived.push(data);
  });
  return {
    next: () => {
      const message = arrived.shift();
      return message ? Promise.resolve(message) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

describe('/collab relay', () => {
  it('relays a writer’s update as it arrived, stores it, and relays nothing of bytes that do not decode', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const watcher = updateMessages(await openSocket(name, member));
    const writer = await openSocket(name, other);
    const client = new Y.Doc();
    const updates = recordedUpdates(client);
    clientAddItem(client, 'een', 'Een');
    const first = updateMessage(updates[0]!);
    writer.send(first);
    expect(Buffer.compare(await watcher.next(), first)).toBe(0);

    // Well-formed as a message, but its update does not decode: the sender is closed, and the next
    // update the watcher gets is the one sent after it.
    const garbler = await openSocket(name, other);
    const closed = closeCode(garbler);
    garbler.send(
      Buffer.from([MessageType.Sync, syncProtocol.messageYjsUpdate, 5, 0xde, 0xad, 0xbe, 0xef, 0x00]),
    );
    expect(await closed).toBe(CloseCode.BadMessage);
    clientAddItem(client, 'twee', 'Twee');
    const second = updateMessage(updates[1]!);
    writer.send(second);
    expect(Buffer.compare(await watcher.next(), second)).toBe(0);

    await eventually(async () => {
      const stored = await loadDocumentState(server.runtime.models, name);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored!.state);
      expect(itemTitles(doc)).toEqual(['Een', 'Twee']);
    });
  });

  it('sends the peers what an update completes when it arrives after one that waited for it', async () => {
    const { name } = await buildRoadmap(server.runtime.models, taskforceId);
    const watcher = openProvider(server.port, name, member.token);
    providers.push(watcher);
    await synced(watcher);
    const writer = await openSocket(name, other);
    const client = new Y.Doc();
    const updates = recordedUpdates(client);
    clientAddItem(client, 'een', 'Een');
    clientAddItem(client, 'twee', 'Twee');
    // The second edit first: the server holds it until the first arrives, which completes both.
    writer.send(updateMessage(updates[1]!));
    writer.send(updateMessage(updates[0]!));
    await eventually(() => expect(itemTitles(watcher.doc)).toEqual(['Een', 'Twee']));
    const late = openProvider(server.port, name, member.token);
    providers.push(late);
    await synced(late);
    expect(itemTitles(late.doc)).toEqual(['Een', 'Twee']);
  });

  it('lets updates that queue behind a write wait out their batch delay, then writes them as one record', async () => {
    const models = server.runtime.models;
    const { name } = await buildRoadmap(models, taskforceId);
    const collection = models.CollabUpdate.collection;
    const insertOne = collection.insertOne.bind(collection);
    const starts: { at: number; updates: number }[] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstStarted!: () => void;
    const firstWrite = new Promise<void>((resolve) => (firstStarted = resolve));
    let secondStarted!: () => void;
    const secondWrite = new Promise<void>((resolve) => (secondStarted = resolve));
    const spy = vi.spyOn(collection, 'insertOne').mockImplementation((async (
      ...args: Parameters<typeof insertOne>
    ) => {
      const [record] = args as unknown as [CollabUpdateRecord];
      if (record.docName !== name) return insertOne(...args);
      starts.push({ at: performance.now(), updates: recordUpdates(record).length });
      if (starts.length === 1) {
        firstStarted();
        await firstHeld;
      }
      if (starts.length === 2) secondStarted();
      return insertOne(...args);
    }) as never);
    try {
      const log = new UpdateLog(models, name, server.runtime.logger, () => undefined);
      const client = new Y.Doc();
      client.on('update', (update: Uint8Array) => log.append(update));
      clientAddItem(client, 'een', 'Een');
      await firstWrite;
      for (const title of ['Twee', 'Drie', 'Vier']) clientAddItem(client, title, title);
      const queuedAt = performance.now();
      releaseFirst();
      await secondWrite;
      expect(starts[1]!.updates).toBe(3);
      // Written at once, the second record would start as soon as the first is stored.
      expect(starts[1]!.at - queuedAt).toBeGreaterThanOrEqual(25);
      await log.flush();
    } finally {
      spy.mockRestore();
    }
    expect(await models.CollabUpdate.countDocuments({ docName: name })).toBe(2);
  });

  it('folds a document edited now and then by its log records, long before its updates add up', async () => {
    const models = server.runtime.models;
    const { name } = await buildRoadmap(models, taskforceId);
    const versionBefore = (await models.CollabSnapshot.findById(name).lean())!.version;
    const edits = COMPACT_AFTER_RECORDS + 5;
    // One update per record, as edits a while apart are stored: every record is scanned by every
    // load on FerretDB, so the tail is bounded by records too, not only by updates.
    const shared = await server.collab.registry.acquire(name);
    try {
      for (let i = 0; i < edits; i++) {
        shared.doc.transact(() => shared.doc.getMap('counts').set(`k${i}`, i), { userId: member.id });
        await shared.flush();
      }
      expect(edits).toBeLessThan(COMPACT_AFTER_UPDATES);
      await eventually(async () =>
        expect((await models.CollabSnapshot.findById(name).lean())!.version).toBe(versionBefore + 1),
      );
      expect(await models.CollabUpdate.countDocuments({ docName: name })).toBeLessThan(
        edits - COMPACT_AFTER_RECORDS + 1,
      );
      const stored = await loadDocumentState(models, name);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored!.state);
      expect(doc.getMap('counts').size).toBe(edits);
    } finally {
      server.collab.registry.release(shared);
    }
  });

  it('folds a held document at most once in the fold interval, and the rest when it unloads', async () => {
    const models = server.runtime.models;
    const registry = server.collab.registry;
    const { name } = await buildRoadmap(models, taskforceId);
    const versionBefore = (await models.CollabSnapshot.findById(name).lean())!.version;
    const total = 2 * COMPACT_AFTER_UPDATES + 300;
    // Map entries, not items: cheap edits, so the whole run stays far inside the fold interval.
    await registry.with(name, async (shared) => {
      for (let i = 0; i < total; i++) {
        shared.doc.transact(() => shared.doc.getMap('counts').set(`k${i}`, i), { userId: member.id });
        if (i % 100 === 99) await shared.flush();
      }
      await shared.flush();
      const stored = await loadDocumentState(models, name);
      expect(stored!.tailLength).toBeGreaterThan(COMPACT_AFTER_UPDATES);
      expect((await models.CollabSnapshot.findById(name).lean())!.version).toBe(versionBefore + 1);
    });
    await eventually(() => expect(registry.loadedNames()).not.toContain(name));
    const folded = await loadDocumentState(models, name);
    expect(folded!.tailLength).toBe(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, folded!.state);
    expect(doc.getMap('counts').size).toBe(total);
  });
});

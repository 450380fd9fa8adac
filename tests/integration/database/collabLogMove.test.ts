import mongoose, { Types } from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldIntoSnapshot, loadDocumentState, writeSnapshot } from '../../../server/db/collabStore';
import { moveCollabLog } from '../../../server/db/collabLogMove';
import { openDatabase } from '../../../server/db/connection';
import { collabDatabaseName, createModels } from '../../../server/db/models';
import type { KoersServer } from '../../../server/app';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';

/** A document with `words` in its array `items`, as one update, from a client of its own. */
function editOf(words: string[], base?: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, base);
  const before = Y.encodeStateVector(doc);
  doc.getArray<string>('items').push(words);
  return Y.encodeStateAsUpdate(doc, before);
}

function itemsOf(state: Uint8Array | undefined): string[] {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return [...doc.getArray<string>('items').toArray()].sort();
}

/** Opens the database of `uri` and writes a co-editing log the way Koers kept it in the main database. */
async function oldLayout(uri: string, docName: string, snapshot: Uint8Array, updates: Uint8Array[]) {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  const connection = await openDatabase(uri.slice(0, uri.lastIndexOf('/') + 1), name);
  const db = connection.db!;
  await db.collection('collabSnapshots').insertOne({
    _id: docName as never,
    state: Buffer.from(snapshot),
    version: 3,
    updatedAt: new Date(),
  });
  await db
    .collection('collabUpdates')
    .insertMany(
      updates.map((update) => ({ _id: new Types.ObjectId(), docName, updates: [Buffer.from(update)] })),
    );
  return connection;
}

let server: KoersServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the co-editing log in a database of its own', () => {
  it('keeps the log beside the main database, not in it', async () => {
    const uri = uniqueDatabaseUri();
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    const connection = await openDatabase(uri.slice(0, uri.lastIndexOf('/') + 1), name);
    const models = createModels(connection);
    await writeSnapshot(models, 'roadmap:apart', editOf(['a']));
    expect(models.CollabSnapshot.db.name).toBe(collabDatabaseName(name));
    const main = (await connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(main).not.toContain('collabSnapshots');
    expect(itemsOf((await loadDocumentState(models, 'roadmap:apart'))?.state)).toEqual(['a']);
    await connection.close();
  });

  it('keeps the log in the main database where that is not FerretDB, and moves nothing', async () => {
    const uri = uniqueDatabaseUri();
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    // A connection Koers did not find FerretDB behind, as with MongoDB.
    const connection = await mongoose
      .createConnection(uri.slice(0, uri.lastIndexOf('/') + 1), { dbName: name })
      .asPromise();
    const models = createModels(connection);
    expect(models.CollabUpdate.db.name).toBe(name);
    await writeSnapshot(models, 'roadmap:mongodb', editOf(['a']));
    expect(await moveCollabLog(connection, models)).toEqual({ updates: 0, snapshots: 0 });
    expect(await connection.db!.collection('collabSnapshots').countDocuments()).toBe(1);
    await connection.close();
  });

  it('moves a log kept in the main database at start, losing no edit and keeping newer snapshots', async () => {
    const uri = uniqueDatabaseUri();
    const snapshot = editOf(['one', 'two']);
    const later = [editOf(['three'], snapshot), editOf(['four'], snapshot)];
    const old = await oldLayout(uri, 'roadmap:moved', snapshot, later);
    // A snapshot already in the new database (written there by a newer process) is kept whole.
    const models = createModels(old);
    await writeSnapshot(models, 'roadmap:moved', editOf(['five'], snapshot));

    server = await startTestServer({ MONGODB_URI: uri });
    const state = await loadDocumentState(server.runtime.models, 'roadmap:moved');
    expect(itemsOf(state?.state)).toEqual(['five', 'four', 'one', 'three', 'two']);
    const main = (await old.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(main).not.toContain('collabUpdates');
    expect(main).not.toContain('collabSnapshots');
    // A second start finds nothing left to move.
    expect(await moveCollabLog(old, models)).toEqual({ updates: 0, snapshots: 0 });
    await old.close();
  });

  it('finishes a move that stopped half-way, with every edit once', async () => {
    const uri = uniqueDatabaseUri();
    const snapshot = editOf(['base']);
    const updates = Array.from({ length: 120 }, (_, i) => editOf([`edit ${i}`], snapshot));
    const old = await oldLayout(uri, 'roadmap:halfway', snapshot, updates);
    const models = createModels(old);
    // As if a process copied the first 50 records and was killed before deleting them.
    const first = await old.db!.collection('collabUpdates').find({}).limit(50).toArray();
    await models.CollabUpdate.collection.insertMany(first as never[]);

    const moved = await moveCollabLog(old, models);
    expect(moved).toEqual({ updates: 120, snapshots: 1 });
    expect(await models.CollabUpdate.countDocuments({ docName: 'roadmap:halfway' })).toBe(121);
    const state = await loadDocumentState(models, 'roadmap:halfway');
    const items = itemsOf(state?.state);
    expect(items).toHaveLength(121);
    expect(new Set(items).size).toBe(121);
    await old.close();
  });

  it('reads snapshots stored before they were deflated, and folds by `_id` keeping what others folded', async () => {
    const uri = uniqueDatabaseUri();
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    const connection = await openDatabase(uri.slice(0, uri.lastIndexOf('/') + 1), name);
    const models = createModels(connection);
    const raw = editOf(['raw']);
    await models.CollabSnapshot.collection.insertOne({
      _id: 'roadmap:raw' as never,
      state: Buffer.from(raw),
      version: 1,
      updatedAt: new Date(),
    });
    await writeSnapshot(models, 'roadmap:deflated', editOf(['deflated']));
    expect(itemsOf((await loadDocumentState(models, 'roadmap:raw'))?.state)).toEqual(['raw']);
    expect(itemsOf((await loadDocumentState(models, 'roadmap:deflated'))?.state)).toEqual(['deflated']);
    // Folding a raw snapshot and its log writes a deflated one and deletes exactly those records.
    const record = await models.CollabUpdate.create({
      docName: 'roadmap:raw',
      updates: [Buffer.from(editOf(['later'], raw))],
    });
    const loaded = await loadDocumentState(models, 'roadmap:raw');
    expect(loaded?.records).toEqual([{ id: record._id, updates: 1 }]);
    expect(loaded?.snapshotVersion).toBe(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded!.state);
    const fold = {
      state: Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
      records: loaded!.records,
      knownVersion: 1,
    };
    expect(await foldIntoSnapshot(models, 'roadmap:raw', fold)).toBe(2);
    const folded = await models.CollabSnapshot.findById('roadmap:raw').lean();
    expect(folded?.encoding).toBe('deflate-raw');
    expect(await models.CollabUpdate.countDocuments({ docName: 'roadmap:raw' })).toBe(0);
    expect(itemsOf((await loadDocumentState(models, 'roadmap:raw'))?.state)).toEqual(['later', 'raw']);

    // A process folding on an older version keeps what another process folded meanwhile.
    await writeSnapshot(models, 'roadmap:raw', editOf(['elsewhere'], Y.encodeStateAsUpdate(doc)));
    const mine = editOf(['mine'], Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, mine);
    const stale = {
      ...fold,
      state: Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
      records: [],
      knownVersion: 2,
    };
    expect(await foldIntoSnapshot(models, 'roadmap:raw', stale)).toBe(4);
    expect(itemsOf((await loadDocumentState(models, 'roadmap:raw'))?.state)).toEqual([
      'elsewhere',
      'later',
      'mine',
      'raw',
    ]);
    await connection.close();
  });
});

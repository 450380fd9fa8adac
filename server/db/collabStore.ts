import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import * as Y from 'yjs';
import type { Models } from './models';
import type { CollabSnapshotRecord } from './models/CollabSnapshot';
import type { CollabUpdateRecord } from './models/CollabUpdate';

// zlib's callback forms run on the thread pool, so neither blocks the thread that relays edits.
const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

/**
 * Compact when the log tail of a document holds more updates than this. Why 1,000: loading merges
 * the tail (about 8 µs an update, so under 10 ms), and continuous typing compacts every few minutes.
 */
export const COMPACT_AFTER_UPDATES = 1000;

/** Updates applied between two yields while compacting, so relaying never waits long for it. */
const UPDATES_PER_SLICE = 100;

/** A document's stored state as one update; `stateVector` is known when it is the bare snapshot. */
export interface StoredState {
  state: Uint8Array;
  /** Updates in the log after the snapshot. */
  tailLength: number;
  stateVector: Uint8Array | null;
}

/** The Yjs updates one log record holds, in order. */
export function recordUpdates(record: Pick<CollabUpdateRecord, 'updates' | 'update'>): Uint8Array[] {
  if (record.updates) return record.updates.map(bytesOf);
  return record.update ? [bytesOf(record.update)] : [];
}

/**
 * Loads a document's state: its snapshot (one read by `_id`) and its log tail (one read), merged
 * into one update, and how many updates the tail held. Null when nothing was ever stored.
 */
export async function loadDocumentState(models: Models, docName: string): Promise<StoredState | null> {
  const [snapshot, tail] = await Promise.all([
    models.CollabSnapshot.findById(docName).lean(),
    models.CollabUpdate.find({ docName }).sort({ _id: 1 }).lean(),
  ]);
  const logged = tail.flatMap(recordUpdates);
  const updates = [...(snapshot ? [await snapshotState(snapshot)] : []), ...logged];
  if (updates.length === 0) return null;
  const state = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
  const stateVector = tail.length === 0 && snapshot?.stateVector ? bytesOf(snapshot.stateVector) : null;
  return { state, tailLength: logged.length, stateVector };
}

/**
 * Folds the log tail into the snapshot, then deletes exactly the folded records, and returns how
 * many updates it folded. Works from what the database holds (not from memory), so it is safe with
 * several processes: a snapshot write is conditional on the version read, and a loser simply leaves
 * the log for the next run. A crash between the two writes only leaves records that are applied
 * twice, which Yjs ignores. The updates are applied in slices with yields in between, because this
 * runs on the thread that relays edits.
 */
export async function compactDocument(models: Models, docName: string): Promise<number> {
  const [snapshot, tail] = await Promise.all([
    models.CollabSnapshot.findById(docName).lean(),
    models.CollabUpdate.find({ docName }).sort({ _id: 1 }).lean(),
  ]);
  if (tail.length === 0) return 0;
  const doc = new Y.Doc({ gc: true });
  if (snapshot) Y.applyUpdate(doc, await snapshotState(snapshot));
  const updates = tail.flatMap(recordUpdates);
  for (let start = 0; start < updates.length; start += UPDATES_PER_SLICE) {
    if (start > 0) await yieldToEventLoop();
    for (const update of updates.slice(start, start + UPDATES_PER_SLICE)) Y.applyUpdate(doc, update);
  }
  const state = await deflate(Y.encodeStateAsUpdate(doc));
  const stateVector = Buffer.from(Y.encodeStateVector(doc));
  doc.destroy();
  const version = snapshot?.version ?? 0;
  if (snapshot) {
    const result = await models.CollabSnapshot.updateOne(
      { _id: docName, version },
      { $set: { state, encoding: 'deflate-raw', stateVector, version: version + 1, updatedAt: new Date() } },
    );
    if (result.modifiedCount !== 1) return 0;
  } else {
    try {
      await models.CollabSnapshot.create({
        _id: docName,
        state,
        encoding: 'deflate-raw',
        stateVector,
        version: 1,
        updatedAt: new Date(),
      });
    } catch {
      return 0; // another process created it first
    }
  }
  await models.CollabUpdate.deleteMany({ _id: { $in: tail.map((r) => r._id) } });
  return updates.length;
}

/** Stores a full state as the document's snapshot (seeding, or a document created server-side). */
export async function writeSnapshot(models: Models, docName: string, state: Uint8Array): Promise<void> {
  await models.CollabSnapshot.updateOne(
    { _id: docName },
    {
      $set: {
        state: await deflate(state),
        encoding: 'deflate-raw',
        stateVector: Buffer.from(Y.encodeStateVectorFromUpdate(state)),
        updatedAt: new Date(),
      },
      $inc: { version: 1 },
    },
    { upsert: true },
  );
}

/** The state a snapshot holds, inflated when it was stored deflated. */
export async function snapshotState(
  snapshot: Pick<CollabSnapshotRecord, 'state' | 'encoding'>,
): Promise<Uint8Array> {
  const bytes = bytesOf(snapshot.state);
  return snapshot.encoding === 'deflate-raw' ? inflate(bytes) : bytes;
}

/** Bytes of a Buffer field as read with `.lean()` (a BSON Binary) or a Buffer. */
export function bytesOf(value: Uint8Array | { buffer: Uint8Array; position?: number }): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return value.buffer.subarray(0, value.position ?? value.buffer.length);
}

import { promisify } from 'node:util';
import { deflateRaw, inflateRaw, inflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Types } from 'mongoose';
import { bulkWriteInBatches } from './bulkWrite';
import type { Models } from './models';
import type { CollabSnapshotRecord } from './models/CollabSnapshot';
import type { CollabUpdateRecord } from './models/CollabUpdate';

// zlib's callback forms run on the thread pool, so neither blocks the thread that relays edits.
const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

/**
 * Snapshots up to this many stored bytes are inflated on the calling thread. Why 64 KiB: that
 * inflates in about half a millisecond, less than the hop to the thread pool and back costs a
 * first sync on a busy server (bench: 0.2 ms inline against 0.4-0.8 ms for a 10,000-edit roadmap,
 * 18 KiB deflated); larger ones still go to the pool.
 */
const INFLATE_INLINE_BYTES = 64 * 1024;

/**
 * Compact when the log tail of a document holds more updates than this. Why 1,000: loading merges
 * the tail (about 8 µs an update, so under 10 ms), and continuous typing compacts every few minutes.
 */
export const COMPACT_AFTER_UPDATES = 1000;

/**
 * Compact also when the log tail of a document holds more records than this. Why: FerretDB 1.x
 * reads a document's tail by scanning the log of every document (it pushes down only `_id`
 * filters), so each load pays for every record in the log: with 500 records of other documents
 * 25 ms, with 2,000 about 90 ms, with 8,000 400-630 ms (measured here). A document edited now and
 * then writes one record per edit, and by updates alone kept up to 1,000 of them; by records, its
 * share stays near 100 (a busy room, held to one fold in the fold interval, about 200).
 */
export const COMPACT_AFTER_RECORDS = 100;

/** Whether a log tail of `updates` updates in `records` records is due to be folded. */
export function tailDueForFold(updates: number, records: number): boolean {
  return updates > COMPACT_AFTER_UPDATES || records > COMPACT_AFTER_RECORDS;
}

/** A document's stored state as one update; `stateVector` is known when it is the bare snapshot. */
export interface StoredState {
  state: Uint8Array;
  /** Updates in the log after the snapshot. */
  tailLength: number;
  stateVector: Uint8Array | null;
  /** The log records read, whose updates `state` holds. */
  records: LoggedRecord[];
  /** The version of the snapshot read (0: none). */
  snapshotVersion: number;
}

/** One record of the update log, as the process holding its document remembers it. */
export interface LoggedRecord {
  id: Types.ObjectId;
  /** How many updates it holds. */
  updates: number;
}

/** The Yjs updates one log record holds, in order. */
export function recordUpdates(
  record: Pick<CollabUpdateRecord, 'packed' | 'updates' | 'update'>,
): Uint8Array[] {
  if (record.packed) return unpackUpdates(bytesOf(record.packed));
  if (record.updates) return record.updates.map(bytesOf);
  return record.update ? [bytesOf(record.update)] : [];
}

/**
 * Appends one batch of a document's updates to the log as record `id`, in the stored format
 * (`packed`, see the CollabUpdate model). Measured against the array of binaries it replaces
 * (1,000 inserts of 250 updates of ~30 bytes, the batch of a busy room): FerretDB's CPU per write
 * 0.76-0.82 ms against 0.45-0.48 ms, the server's 0.37 against 0.26 ms. The driver's insert, not a
 * mongoose document: this runs next to relaying on every batch.
 */
export async function appendRecord(
  models: Models,
  id: Types.ObjectId,
  docName: string,
  updates: readonly Uint8Array[],
): Promise<void> {
  const encoder = encoding.createEncoder();
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  const packed = encoding.toUint8Array(encoder);
  await models.CollabUpdate.collection.insertOne({
    _id: id,
    docName,
    packed: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength),
  });
}

function unpackUpdates(packed: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(packed);
  const updates: Uint8Array[] = [];
  while (decoding.hasContent(decoder)) updates.push(decoding.readVarUint8Array(decoder));
  return updates;
}

/**
 * Loads a document's state: its log tail (one read), then its snapshot (one read by `_id`), merged
 * into one update, and how many updates the tail held. Null when nothing was ever stored.
 *
 * The tail is read first, and the snapshot only after it: a fold (see {@link foldIntoSnapshot})
 * writes the snapshot before it deletes the records it holds, so a tail that lacks folded records
 * is always followed by a snapshot that has them. Read side by side, a load running beside a fold
 * could get the old snapshot and the shortened tail, and lose the folded edits from its memory
 * (and its projection would delete the items they added).
 */
export async function loadDocumentState(models: Models, docName: string): Promise<StoredState | null> {
  const tail = await models.CollabUpdate.find({ docName }).sort({ _id: 1 }).lean();
  const snapshot = await models.CollabSnapshot.findById(docName).lean();
  const perRecord = tail.map(recordUpdates);
  const logged = perRecord.flat();
  const updates = [...(snapshot ? [await snapshotState(snapshot)] : []), ...logged];
  if (updates.length === 0) return null;
  const state = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
  const stateVector = tail.length === 0 && snapshot?.stateVector ? bytesOf(snapshot.stateVector) : null;
  return {
    state,
    tailLength: logged.length,
    stateVector,
    records: tail.map((record, index) => ({ id: record._id, updates: perRecord[index]!.length })),
    snapshotVersion: snapshot?.version ?? 0,
  };
}

/** What a process folds into a document's snapshot: the document as it holds it, and which records. */
export interface Fold {
  /** The whole document as one update, and its state vector. */
  state: Uint8Array;
  stateVector: Uint8Array;
  /** Log records whose updates `state` holds: deleted once the snapshot is written. */
  records: readonly LoggedRecord[];
  /** The snapshot version `state` was built on (read at load, or written by the last fold). */
  knownVersion: number;
}

/**
 * Writes a document as its process holds it as the snapshot, then deletes exactly the records
 * folded, and returns the snapshot's new version (null when another process wrote it first: the
 * records stay for the next run). Everything is addressed by `_id`, the only filter FerretDB 1.x
 * pushes down: reading the tail by document name scanned the whole log of every document, and ten
 * documents compacting together stalled every write for seconds (the soak, at 1,000 updates each).
 * A snapshot another process wrote since `knownVersion` is merged in, so what it folded and this
 * process never received is kept. A crash between the two writes only leaves records that are
 * applied twice, which Yjs ignores.
 */
export async function foldIntoSnapshot(models: Models, docName: string, fold: Fold): Promise<number | null> {
  const snapshot = await models.CollabSnapshot.findById(docName).lean();
  const version = snapshot?.version ?? 0;
  let { state, stateVector } = fold;
  if (snapshot && version !== fold.knownVersion) {
    state = Y.mergeUpdates([await snapshotState(snapshot), state]);
    stateVector = Y.encodeStateVectorFromUpdate(state);
  }
  const stored = {
    state: await deflate(state),
    encoding: 'deflate-raw' as const,
    stateVector: Buffer.from(stateVector),
    version: version + 1,
    updatedAt: new Date(),
  };
  if (snapshot) {
    const result = await models.CollabSnapshot.updateOne({ _id: docName, version }, { $set: stored });
    if (result.modifiedCount !== 1) return null;
  } else {
    try {
      await models.CollabSnapshot.create({ _id: docName, ...stored });
    } catch {
      return null; // another process created it first
    }
  }
  await bulkWriteInBatches(
    models.CollabUpdate,
    fold.records.map((record) => ({ deleteOne: { filter: { _id: record.id } } })),
  );
  return version + 1;
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
  if (snapshot.encoding !== 'deflate-raw') return bytes;
  return bytes.byteLength <= INFLATE_INLINE_BYTES ? inflateRawSync(bytes) : inflate(bytes);
}

/** Bytes of a Buffer field as read with `.lean()` (a BSON Binary) or a Buffer. */
export function bytesOf(value: Uint8Array | { buffer: Uint8Array; position?: number }): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return value.buffer.subarray(0, value.position ?? value.buffer.length);
}

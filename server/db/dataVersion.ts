import type { Connection, Schema } from 'mongoose';
import { isDuplicateKey } from './duplicateKey';
import { KeyedLock } from './keyedLock';

/**
 * Version counters of collections that processes cache in memory (read models): one record per
 * collection in `dataVersions`, `{ _id: <name>, version }`, bumped after every write. A reader
 * compares the counter with the version its cache
 * was built at (see {@link DataVersionReader}); every writer in every process — services, seeds, test factories, the backup import
 * — is seen, with or without Redis. Not a model, so backups neither carry nor restore it.
 */
const COLLECTION = 'dataVersions';

/** Versions by collection name; a name never written is version 0. */
export type DataVersions = ReadonlyMap<string, number>;

/**
 * Reads every counter in one query, shared by concurrent callers: a caller gets a read that
 * started after its call (so it sees every write that returned before), but however many requests
 * ask at once, at most one read runs and one waits — the database sees about one small query per
 * round trip, not one per request.
 */
export class DataVersionReader {
  private running: Promise<DataVersions> | undefined;
  private queued: Promise<DataVersions> | undefined;

  constructor(private readonly connection: Connection) {}

  /** The counters as of now. */
  current(): Promise<DataVersions> {
    if (!this.running) return this.start();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.running ?? this.start();
      });
    return this.queued;
  }

  private start(): Promise<DataVersions> {
    const read = this.read().finally(() => {
      if (this.running === read) this.running = undefined;
    });
    this.running = read;
    return read;
  }

  private async read(): Promise<DataVersions> {
    const records = await this.connection
      .collection<{ _id: string; version: number }>(COLLECTION)
      .find({})
      .toArray();
    return new Map(records.map((r) => [r._id, r.version]));
  }
}

/**
 * Bumps of each counter, one at a time per database connection: FerretDB 1.x applies `$inc` by
 * reading and then writing (see KeyedLock), so two bumps at once could both return the same version
 * and lose one — a read model would then take two writes for one and miss the second.
 */
const bumpQueues = new WeakMap<Connection, KeyedLock>();

/**
 * Bumps the version of `name` and returns the new one; call it after a write that bypasses the
 * model's hooks (the raw driver).
 */
export async function bumpDataVersion(connection: Connection, name: string): Promise<number> {
  let queue = bumpQueues.get(connection);
  if (!queue) bumpQueues.set(connection, (queue = new KeyedLock()));
  return queue.run(name, () => bumpNow(connection, name));
}

async function bumpNow(connection: Connection, name: string): Promise<number> {
  const bump = () =>
    connection
      .collection<{ _id: string; version: number }>(COLLECTION)
      .findOneAndUpdate({ _id: name }, { $inc: { version: 1 } }, { upsert: true, returnDocument: 'after' });
  // Two first-ever bumps may both try to insert the record; the loser's retry finds it.
  const record = await bump().catch((error: unknown) => {
    if (isDuplicateKey(error)) return bump();
    throw error;
  });
  return record?.version ?? 0;
}

/** Where the hook leaves, on an executed query, the version its write bumped the counter to. */
const WRITTEN_VERSION = Symbol('writtenVersion');

/** The version an executed write query bumped its collection's counter to (see {@link bumpVersionOnWrite}). */
export function writtenVersion(query: object): number | undefined {
  return (query as { [WRITTEN_VERSION]?: number })[WRITTEN_VERSION];
}

const WRITE_QUERIES = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'deleteOne',
  'deleteMany',
] as const;

/**
 * Bumps `name` after every write made through a model of `schema`: query writes, `save` (and so
 * `create`), `insertMany` and `bulkWrite`. Mongoose awaits the bump before the write resolves, so
 * a reader that starts after a write returned sees the new version.
 */
export function bumpVersionOnWrite(schema: Schema, name: string): void {
  schema.post([...WRITE_QUERIES], async function () {
    const query = this as unknown as { model: { db: Connection }; [WRITTEN_VERSION]?: number };
    query[WRITTEN_VERSION] = await bumpDataVersion(query.model.db, name);
  });
  schema.post('save', async function (this: { $model(): { db: Connection } }) {
    await bumpDataVersion(this.$model().db, name);
  });
  for (const operation of ['insertMany', 'bulkWrite'] as const) {
    schema.post(operation, async function () {
      await bumpDataVersion((this as unknown as { db: Connection }).db, name);
    });
  }
}

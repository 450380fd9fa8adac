import type { Connection, Schema } from 'mongoose';
import { isDuplicateKey } from './duplicateKey';

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

/** Bumps waiting for the next increment of one counter. */
interface BumpQueue {
  waiting: Array<{ resolve: (version: number) => void; reject: (error: unknown) => void }>;
  running: boolean;
}

/**
 * Bumps of each counter per database connection, one increment at a time: FerretDB 1.x applies
 * `$inc` by reading and then writing, so two at once could both return the same version and lose
 * one. Bumps asked for while an increment runs are grouped into the next (`$inc` by their number),
 * and each gets its own version of the range it returned: under a burst of writes the database
 * sees one increment per round trip, not one per write, and every write still has its version.
 */
const bumpQueues = new WeakMap<Connection, Map<string, BumpQueue>>();

/**
 * Bumps the version of `name` and returns the new one; call it after a write that bypasses the
 * model's hooks (the raw driver).
 */
export function bumpDataVersion(connection: Connection, name: string): Promise<number> {
  let queues = bumpQueues.get(connection);
  if (!queues) bumpQueues.set(connection, (queues = new Map()));
  let queue = queues.get(name);
  if (!queue) queues.set(name, (queue = { waiting: [], running: false }));
  const bumped = new Promise<number>((resolve, reject) => queue.waiting.push({ resolve, reject }));
  if (!queue.running) void drain(connection, name, queue);
  return bumped;
}

async function drain(connection: Connection, name: string, queue: BumpQueue): Promise<void> {
  queue.running = true;
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0);
    try {
      const version = await bumpBy(connection, name, group.length);
      group.forEach((bump, index) => bump.resolve(version - group.length + 1 + index));
    } catch (error) {
      for (const bump of group) bump.reject(error);
    }
  }
  queue.running = false;
}

async function bumpBy(connection: Connection, name: string, count: number): Promise<number> {
  const bump = () =>
    connection
      .collection<{ _id: string; version: number }>(COLLECTION)
      .findOneAndUpdate(
        { _id: name },
        { $inc: { version: count } },
        { upsert: true, returnDocument: 'after' },
      );
  // Two first-ever bumps may both try to insert the record; the loser's retry finds it.
  const record = await bump().catch((error: unknown) => {
    if (isDuplicateKey(error)) return bump();
    throw error;
  });
  return record?.version ?? 0;
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
 * a reader that starts after a write returned sees the new version. A store that bumps beside its
 * other writes skips the hook (`middleware: { post: false }`) and calls {@link bumpDataVersion}.
 */
export function bumpVersionOnWrite(schema: Schema, name: string): void {
  schema.post([...WRITE_QUERIES], async function () {
    await bumpDataVersion((this as unknown as { model: { db: Connection } }).model.db, name);
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

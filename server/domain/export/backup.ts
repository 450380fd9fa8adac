import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EJSON, type Document } from 'bson';
import type { Model } from 'mongoose';
import type { Response } from 'express';
import { rawBulkWriteInBatches } from '../../db/bulkWrite';
import { bumpDataVersion } from '../../db/dataVersion';
import { ADOPTIONS_VERSION } from '../../db/models/Adoption';
import { MUNICIPALITIES_VERSION } from '../../db/models/Municipality';
import { PROGRAMMES_VERSION } from '../../db/models/Programme';
import { REVIEW_TASKS_VERSION } from '../../db/models/ReviewTask';
import { STANDARDS_VERSION } from '../../db/models/Standard';
import { ACCOUNTS_VERSION } from '../../db/models/User';
import { WEBHOOKS_VERSION } from '../../db/models/Webhook';
import { syncIndexes, type Models } from '../../db/models';

/** The `format` marker of a Koers backup; anything else is refused on import. */
export const BACKUP_FORMAT = 'koers-backup';
/** The version of the backup layout. */
export const BACKUP_VERSION = 1;

/**
 * Collections a backup leaves out: sign-in sessions are secrets of the moment (a restored one
 * would sign a stale token back in), and signing in again after a restore costs nothing.
 */
const NOT_BACKED_UP = new Set(['sessions']);

/** Every collection of Koers, by collection name. */
export function collectionsOf(models: Models): Map<string, Model<object>> {
  const map = new Map<string, Model<object>>();
  for (const model of Object.values(models) as Model<object>[])
    map.set(model.collection.collectionName, model);
  return map;
}

/**
 * Yields a full backup as JSON text in pieces: a header, then every document of every
 * collection but the sessions, read with a cursor and written as canonical Extended JSON so ObjectIds, Dates and
 * number types survive the round trip. Raw documents from the driver, not mongoose-cast ones.
 */
export async function* backupChunks(models: Models, exportedAt: Date): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"collections":{`;
  let firstCollection = true;
  const backedUp = [...collectionsOf(models)].filter(([name]) => !NOT_BACKED_UP.has(name));
  for (const [name, model] of backedUp.sort(([a], [b]) => a.localeCompare(b))) {
    yield `${firstCollection ? '' : ','}\n${JSON.stringify(name)}:[`;
    firstCollection = false;
    let first = true;
    for await (const doc of model.collection.find({}).sort({ _id: 1 })) {
      yield `${first ? '' : ','}\n${EJSON.stringify(doc, { relaxed: false })}`;
      first = false;
    }
    yield ']';
  }
  yield '\n}}\n';
}

/** Streams {@link backupChunks} to an HTTP response as a download. */
export async function streamBackup(res: Response, models: Models, exportedAt: Date): Promise<void> {
  res.status(200).set({
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="koers-${exportedAt.toISOString().slice(0, 10)}.json"`,
    'Cache-Control': 'no-store',
  });
  await pipeline(Readable.from(backupChunks(models, exportedAt)), res);
}

/** A file that is not a Koers backup (or of another layout version). */
export class BackupFormatError extends Error {}

/** Counts per collection of one import. */
export type ImportReport = Record<string, number>;

/**
 * Re-imports a backup: idempotent upserts by `_id` (running it twice changes nothing), written in
 * batches below FerretDB's 100-statement limit. Written through the driver, not mongoose, so
 * documents are restored byte for byte (no casting, defaults or timestamps of a new write).
 */
export async function importBackup(models: Models, text: string): Promise<ImportReport> {
  let data: unknown;
  try {
    data = EJSON.parse(text, { relaxed: false });
  } catch {
    throw new BackupFormatError('The file is not valid JSON.');
  }
  const backup = data as { format?: unknown; version?: unknown; collections?: unknown };
  if (typeof data !== 'object' || data === null || backup.format !== BACKUP_FORMAT) {
    throw new BackupFormatError(`The file is not a Koers backup (expected "format": "${BACKUP_FORMAT}").`);
  }
  // Canonical EJSON reads every number as a BSON wrapper (Int32, Double); compare its value.
  if (Number(backup.version?.valueOf()) !== BACKUP_VERSION) {
    throw new BackupFormatError(
      `Unsupported backup version ${String(backup.version)}; this Koers reads version ${BACKUP_VERSION}.`,
    );
  }
  if (
    typeof backup.collections !== 'object' ||
    backup.collections === null ||
    Array.isArray(backup.collections)
  ) {
    throw new BackupFormatError('The backup has no "collections" object.');
  }
  const known = collectionsOf(models);
  const entries = Object.entries(backup.collections as Record<string, unknown>);
  for (const [name, docs] of entries) {
    if (!known.has(name)) throw new BackupFormatError(`Unknown collection "${name}" in the backup.`);
    if (!Array.isArray(docs) || docs.some((d) => typeof d !== 'object' || d === null || !('_id' in d))) {
      throw new BackupFormatError(`Collection "${name}" must be an array of documents with an _id.`);
    }
  }
  await syncIndexes(models);
  const report: ImportReport = {};
  for (const [name, docs] of entries) {
    const model = known.get(name) as Model<object>;
    const operations = (docs as Document[]).map((doc) => ({
      replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true },
    }));
    await rawBulkWriteInBatches(model.collection, operations);
    report[name] = operations.length;
  }
  // Raw writes skip the model hooks: tell running servers' caches what changed (every counter:
  // a backup holds accounts and webhooks too, which the viewer cache and the webhook list keep).
  for (const name of [
    ADOPTIONS_VERSION,
    STANDARDS_VERSION,
    MUNICIPALITIES_VERSION,
    PROGRAMMES_VERSION,
    REVIEW_TASKS_VERSION,
    ACCOUNTS_VERSION,
    WEBHOOKS_VERSION,
  ])
    await bumpDataVersion(models.Adoption.db, name);
  return report;
}

/** Reads a backup file as text (UTF-8). */
export async function readBackupFile(file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

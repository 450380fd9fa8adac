import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, pingDatabase } from '../../../server/db/connection';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';
import { eventually } from '../../support/eventually';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-ferretdb-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded FerretDB', () => {
  it('starts on a free loopback port, stops, and keeps its data across a restart', async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    expect(first.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    const connection = await openDatabase(first.uri, 'koers');
    expect(await pingDatabase(connection)).toBe(true);
    await connection.collection('probes').insertOne({ name: 'kept', at: new Date('2026-01-01T00:00:00Z') });
    await connection.close();
    await first.stop();
    expect(await first.exited).not.toBeUndefined();

    const second = await startEmbeddedDatabase({ dataDir });
    const reopened = await openDatabase(second.uri, 'koers');
    const probe = await reopened.collection('probes').findOne({ name: 'kept' });
    expect(probe?.at).toEqual(new Date('2026-01-01T00:00:00Z'));
    await reopened.close();
    await second.stop();
  });

  it('reports a failure to start instead of hanging', async () => {
    const taken = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'a') });
    const address = taken.uri.replace(/^mongodb:\/\//, '').replace(/\/$/, '');
    await expect(
      startEmbeddedDatabase({ dataDir: path.join(dataDir, 'b'), listenAddr: address }),
    ).rejects.toThrow(/exited with code/);
    await taken.stop();
  });

  it('gives every collection an index on the _id path its updates use, so an update does not scan', async () => {
    const database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'c') });
    const connection = await openDatabase(database.uri, 'koers');
    const records = connection.collection('records');
    const { insertedId } = await records.insertOne({ status: 'PLANNED' });
    // The index lives in the SQLite schema (in the main file or, before a checkpoint, its WAL),
    // where FerretDB does not list it: read both files as bytes.
    const schemaText = () =>
      ['koers.sqlite', 'koers.sqlite-wal']
        .map((name) => path.join(dataDir, 'c', name))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file).toString('latin1'))
        .join('');
    await eventually(() =>
      expect(schemaText()).toMatch(
        /CREATE INDEX "records_[0-9a-f]+__id_path" ON "records_[0-9a-f]+" \(_ferretdb_sjson->'\$\._id'\)/,
      ),
    );
    await records.updateOne({ _id: insertedId }, { $set: { status: 'ADOPTED' } });
    expect(await records.findOne({ _id: insertedId })).toMatchObject({ status: 'ADOPTED' });
    expect(await connection.db!.collection('records').indexes()).toHaveLength(1);
    await connection.close();
    await database.stop();
  });

  it('commits writes made at once together, each landing or failing alone, and keeps them across a restart', async () => {
    const options = { dataDir: path.join(dataDir, 'd') };
    const first = await startEmbeddedDatabase(options);
    const connection = await openDatabase(first.uri, 'koers');
    const records = connection.collection<{ _id: string; status: string }>('records');
    await records.insertMany([
      { _id: 'taken', status: 'PLANNED' },
      ...Array.from({ length: 20 }, (_, i) => ({ _id: `old-${i}`, status: 'PLANNED' })),
    ]);
    // Forty inserts, twenty updates and one insert that must fail, all at once: the embedded
    // FerretDB runs the writes that wait on one another's commit in one transaction, each in a
    // savepoint (tools/ferretdb/_patches/fsql/db.go).
    const writes = await Promise.allSettled([
      ...Array.from({ length: 40 }, (_, i) => records.insertOne({ _id: `new-${i}`, status: 'PLANNED' })),
      ...Array.from({ length: 20 }, (_, i) =>
        records.updateOne({ _id: `old-${i}` }, { $set: { status: 'ADOPTED' } }),
      ),
      records.insertOne({ _id: 'taken', status: 'OVERWRITTEN' }),
    ]);
    const refused = writes.filter((write) => write.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/E11000|duplicate key/);
    await connection.close();
    await first.stop();

    const second = await startEmbeddedDatabase(options);
    const reopened = await openDatabase(second.uri, 'koers');
    const stored = reopened.collection<{ _id: string; status: string }>('records');
    expect(await stored.countDocuments({ _id: { $regex: /^new-/ } })).toBe(40);
    expect(await stored.countDocuments({ status: 'ADOPTED' })).toBe(20);
    expect(await stored.findOne({ _id: 'taken' })).toEqual({ _id: 'taken', status: 'PLANNED' });
    await reopened.close();
    await second.stop();
  });

  it('keeps its data in PostgreSQL when given a PostgreSQL URL, and across a restart', async () => {
    // PostgreSQL runs on the machine (like Redis for the fan-out tests); FerretDB makes a schema
    // per database in it, so a unique database name keeps runs apart.
    const postgresqlUrl =
      process.env.KOERS_TEST_POSTGRESQL_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `koers_pg_${process.pid}_${Date.now()}`;
    const options = { dataDir: path.join(dataDir, 'pg'), postgresqlUrl };
    const first = await startEmbeddedDatabase(options);
    const connection = await openDatabase(first.uri, name);
    await connection.collection('probes').insertOne({ name: 'in postgres' });
    await connection.close();
    await first.stop();
    const second = await startEmbeddedDatabase(options);
    const reopened = await openDatabase(second.uri, name);
    expect(await reopened.collection('probes').findOne({ name: 'in postgres' })).toMatchObject({
      name: 'in postgres',
    });
    await reopened.db!.dropDatabase();
    await reopened.close();
    await second.stop();
    expect(existsSync(path.join(dataDir, 'pg', `${name}.sqlite`))).toBe(false);
  });
});

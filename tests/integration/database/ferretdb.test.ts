import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, pingDatabase } from '../../../server/db/connection';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';

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
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';
import { createLogger } from '../../../server/logger';
import { eventually } from '../../support/eventually';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-health-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function health(url: string) {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /healthz', () => {
  it('answers 503 while the database is down and 200 again once it is back, without a restart', async () => {
    // This test stops its database, so it runs its own FerretDB rather than the shared one.
    let db = await startEmbeddedDatabase({ dataDir });
    const address = db.uri.replace(/^mongodb:\/\//, '').replace(/\/$/, '');
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MONGODB_URI: `${db.uri}koers_health` });
    const server = await startKoers(config, createLogger('silent'));
    try {
      expect(await health(server.url)).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });

      await db.stop();
      expect(await health(server.url)).toEqual({
        status: 503,
        body: { status: 'unavailable', db: 'unreachable' },
      });

      db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
      await eventually(async () => expect((await health(server.url)).status).toBe(200), 250);
    } finally {
      await server.close();
      await db.stop();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';
import { loadDocumentState } from '../../../server/db/collabStore';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { eventually } from '../../support/eventually';
import { buildTaskforce, buildUser } from '../../support/factories';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-store-faults-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Failed stores whose retries run at once; the retry after the last of them waits for the database. */
const RETRIES_WATCHED = 5;

describe('the database stopping under a live document', () => {
  it('keeps the document in memory, retries without a storm, and stores the edits once it is back', async () => {
    let db = await startEmbeddedDatabase({ dataDir });
    const address = db.uri.replace(/^mongodb:\/\//, '').replace(/\/$/, '');
    let failedWrites = 0;
    const logger = pino(
      { level: 'error' },
      {
        write(line: string) {
          if (line.includes('update log write failed')) failedWrites++;
        },
      },
    );
    // The server asks for each pause before a retry; the test records it and decides when the retry
    // runs, so it checks the backoff itself rather than counting attempts in a stretch of real time.
    const retryDelays: number[] = [];
    let databaseBack!: () => void;
    const back = new Promise<void>((resolve) => (databaseBack = resolve));
    const waitBeforeRetry = async (ms: number) => {
      retryDelays.push(ms);
      if (retryDelays.length >= RETRIES_WATCHED) await back;
    };
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'error', MONGODB_URI: `${db.uri}koers_store_faults` });
    const server = await startKoers(config, logger, { collabLimits: { waitBeforeRetry } });
    let down = false;
    try {
      const models = server.runtime.models;
      const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
      const { name } = await buildRoadmap(models, (await buildTaskforce(models, [member]))._id);
      const editor = openProvider(server.port, name, member.token);
      await synced(editor);
      clientAddItem(editor.doc, 'before', 'Voor de storing');
      await eventually(async () => {
        const stored = await loadDocumentState(models, name);
        expect(stored?.tailLength).toBe(1);
      });

      await db.stop();
      down = true;
      clientAddItem(editor.doc, 'during', 'Tijdens de storing');
      // The server has it in memory; the editor leaves, so only the server holds the edit now.
      await eventually(() =>
        server.collab.registry.with(name, (shared) =>
          expect(itemTitles(shared.doc)).toEqual(['Voor de storing', 'Tijdens de storing']),
        ),
      );
      editor.destroy();
      // Backoff, not a tight loop against a dead database: every failed attempt waits before the
      // next, and each wait doubles (storeRetryDelay.test.ts checks the schedule up to its cap).
      await eventually(() => expect(retryDelays).toHaveLength(RETRIES_WATCHED));
      expect(retryDelays).toEqual([100, 200, 400, 800, 1600]);
      expect(failedWrites).toBe(RETRIES_WATCHED);
      expect(server.collab.registry.loadedNames()).toContain(name);

      db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
      down = false;
      databaseBack();
      await eventually(async () => {
        const stored = await loadDocumentState(models, name);
        const doc = new Y.Doc();
        if (stored) Y.applyUpdate(doc, stored.state);
        expect(itemTitles(doc)).toEqual(['Voor de storing', 'Tijdens de storing']);
      }, 250);
      // Stored, and nobody holds it: it leaves memory.
      await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name));
    } finally {
      // Shutdown waits for the stored edits, so the database must be back first.
      if (down) db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
      databaseBack();
      await server.close();
      await db.stop();
    }
  });
});

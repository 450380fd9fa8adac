import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';
import { loadDocumentState } from '../../../server/db/collabStore';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-store-faults-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the database stopping under a live document', () => {
  it('keeps the document in memory, retries without a storm, and stores the edits once it is back', async () => {
    let db = await startEmbeddedDatabase({ dataDir });
    const address = db.uri.replace(/^mongodb:\/\//, '').replace(/\/$/, '');
    const failedWrites: number[] = [];
    const logger = pino(
      { level: 'error' },
      {
        write(line: string) {
          if (line.includes('update log write failed')) failedWrites.push(Date.now());
        },
      },
    );
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'error', MONGODB_URI: `${db.uri}koers_store_faults` });
    const server = await startKoers(config, logger);
    let down = false;
    try {
      const models = server.runtime.models;
      const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
      const { name } = await buildRoadmap(models, (await buildTaskforce(models, [member]))._id);
      const editor = openProvider(server.port, name, member.token);
      await synced(editor);
      clientAddItem(editor.doc, 'before', 'Voor de storing');
      await vi.waitFor(async () => {
        const stored = await loadDocumentState(models, name);
        expect(stored?.tailLength).toBe(1);
      });

      await db.stop();
      down = true;
      const downSince = Date.now();
      clientAddItem(editor.doc, 'during', 'Tijdens de storing');
      // The server has it in memory; the editor leaves, so only the server holds the edit now.
      await vi.waitFor(() =>
        server.collab.registry.with(name, (shared) =>
          expect(itemTitles(shared.doc)).toEqual(['Voor de storing', 'Tijdens de storing']),
        ),
      );
      editor.destroy();
      // Backoff: six attempts take seconds (0.1 + 0.2 + 0.4 + 0.8 + 1.6 s of pauses), not a tight
      // loop against a dead database.
      await vi.waitFor(() => expect(failedWrites.length).toBeGreaterThanOrEqual(6), { timeout: 15_000 });
      expect((failedWrites[5] as number) - downSince).toBeGreaterThan(2500);
      expect(server.collab.registry.loadedNames()).toContain(name);

      db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
      down = false;
      await vi.waitFor(
        async () => {
          const stored = await loadDocumentState(models, name);
          const doc = new Y.Doc();
          if (stored) Y.applyUpdate(doc, stored.state);
          expect(itemTitles(doc)).toEqual(['Voor de storing', 'Tijdens de storing']);
        },
        { timeout: 20_000, interval: 250 },
      );
      // Stored, and nobody holds it: it leaves memory.
      await vi.waitFor(() => expect(server.collab.registry.loadedNames()).not.toContain(name), {
        timeout: 10_000,
      });
    } finally {
      // Shutdown waits for the stored edits, so the database must be back first.
      if (down) db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
      await server.close();
      await db.stop();
    }
  }, 60_000);
});

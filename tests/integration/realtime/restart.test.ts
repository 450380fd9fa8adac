import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels, type Models } from '../../../server/db/models';
import { createLogger } from '../../../server/logger';
import { loadDocumentState } from '../../../server/db/collabStore';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startKoersChild } from '../../../scripts/cluster/koersProcess';
import { uniqueDatabaseUri } from '../../support/server';
import { eventually } from '../../support/eventually';

const databaseUri = uniqueDatabaseUri();
let connection: Connection;
let models: Models;
let member: SignedInUser;
let taskforceId: Awaited<ReturnType<typeof buildTaskforce>>['_id'];
const providers: WebsocketProvider[] = [];

async function stored(name: string): Promise<Y.Doc> {
  const state = await loadDocumentState(models, name);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state.state);
  return doc;
}

function startInProcess(port: number) {
  const config = loadConfig({ PORT: String(port), LOG_LEVEL: 'silent', MONGODB_URI: databaseUri });
  return startKoers(config, createLogger('silent'));
}

beforeAll(async () => {
  connection = await openDatabase(databaseUri, databaseNameFromUri(databaseUri, 'koers'));
  models = createModels(connection);
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  taskforceId = (await buildTaskforce(models, [member]))._id;
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await connection.close();
});

describe('server restarts', () => {
  it('SIGTERM during active editing stores everything the server relayed', async () => {
    const { name } = await buildRoadmap(models, taskforceId);
    const child = await startKoersChild(databaseUri);
    const editors = Array.from({ length: 4 }, () => openProvider(child.port, name, member.token));
    providers.push(...editors);
    await Promise.all(editors.map(synced));
    // Each editor keeps adding items; what another editor received went through the server.
    let running = true;
    const loops = editors.map(async (editor, e) => {
      for (let i = 0; running; i++) {
        clientAddItem(editor.doc, `e${e}-${i}`, `Editor ${e} stap ${i}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    await eventually(() => expect(itemTitles(editors[0]?.doc as Y.Doc).length).toBeGreaterThan(200));
    expect(await child.kill('SIGTERM')).toBe(0);
    running = false;
    await Promise.all(loops);
    for (const editor of editors) editor.destroy();

    const relayed = new Set<string>();
    editors.forEach((editor, e) => {
      for (const item of editor.doc.getArray<Y.Map<unknown>>('items').toArray()) {
        const id = String(item.get('id'));
        if (!id.startsWith(`e${e}-`)) relayed.add(id);
      }
    });
    const storedIds = new Set(
      (await stored(name))
        .getArray<Y.Map<unknown>>('items')
        .toArray()
        .map((item) => String(item.get('id'))),
    );
    expect(relayed.size).toBeGreaterThan(200);
    expect([...relayed].filter((id) => !storedIds.has(id))).toEqual([]);
  });

  it('after a restart, clients that kept their documents resync without duplicating content', async () => {
    const { name } = await buildRoadmap(models, taskforceId);
    let server = await startInProcess(0);
    const port = server.port;
    const a = openProvider(port, name, member.token);
    const b = openProvider(port, name, member.token);
    providers.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    clientAddItem(a.doc, 'a1', 'Van A');
    a.doc.getText('vision').insert(0, 'Samen sneller.');
    await eventually(() => expect(itemTitles(b.doc)).toEqual(['Van A']));

    await server.close();
    // Offline while the server is away; both keep their documents.
    clientAddItem(b.doc, 'b1', 'Van B, offline');
    server = await startInProcess(port);
    try {
      await eventually(() => {
        expect(itemTitles(a.doc).sort()).toEqual(['Van A', 'Van B, offline']);
        expect(itemTitles(b.doc).sort()).toEqual(['Van A', 'Van B, offline']);
      });
      expect(a.doc.getText('vision').toString()).toBe('Samen sneller.');
      expect(b.doc.getText('vision').toString()).toBe('Samen sneller.');
      expect(a.doc.getMap('meta').get('title')).toBe('Roadmap Test');
      await server.collab.registry.with(name, (shared) => shared.flush());
      const doc = await stored(name);
      expect(itemTitles(doc).sort()).toEqual(['Van A', 'Van B, offline']);
      expect(doc.getText('vision').toString()).toBe('Samen sneller.');
    } finally {
      a.destroy();
      b.destroy();
      await server.close();
    }
  });
});

import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels, type Models } from '../../../server/db/models';
import { loadDocumentState } from '../../../server/realtime/snapshots';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startKoersChild } from '../../support/koersProcess';
import { uniqueDatabaseUri } from '../../support/server';

const databaseUri = uniqueDatabaseUri();
let connection: Connection;
let models: Models;
let member: SignedInUser;
let name: string;
const providers: WebsocketProvider[] = [];

async function storedTitles(): Promise<string[]> {
  const stored = await loadDocumentState(models, name);
  const doc = new Y.Doc();
  if (stored) Y.applyUpdate(doc, stored.state);
  return itemTitles(doc);
}

beforeAll(async () => {
  connection = await openDatabase(databaseUri, databaseNameFromUri(databaseUri, 'koers'));
  models = createModels(connection);
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const taskforce = await buildTaskforce(models, [member]);
  ({ name } = await buildRoadmap(models, taskforce._id));
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await connection.close();
});

describe('SIGKILL durability', () => {
  it('loses nothing the server stored before a SIGKILL; a fresh client gets it all after restart', async () => {
    const first = await startKoersChild(databaseUri);
    const writer = openProvider(first.port, name, member.token);
    providers.push(writer);
    await synced(writer);
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) {
      clientAddItem(writer.doc, `k${i}`, `Voor de crash ${i}`);
      expected.push(`Voor de crash ${i}`);
    }
    const sentAt = Date.now();
    await vi.waitFor(async () => expect(await storedTitles()).toEqual(expected), { interval: 5 });
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    writer.destroy();
    await first.kill('SIGKILL');

    const second = await startKoersChild(databaseUri);
    const fresh = openProvider(second.port, name, member.token);
    providers.push(fresh);
    await synced(fresh);
    expect(itemTitles(fresh.doc)).toEqual(expected);
    await second.kill('SIGTERM');
  }, 60_000);
});

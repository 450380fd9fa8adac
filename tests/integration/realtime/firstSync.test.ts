import { inflateRawSync } from 'node:zlib';
import type { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { KoersServer } from '../../../server/app';
import { bytesOf } from '../../../server/db/collabStore';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

let server: KoersServer;
let member: SignedInUser;
let reader: SignedInUser;
let taskforceId: Types.ObjectId;
const providers: WebsocketProvider[] = [];

function provider(name: string, user: SignedInUser, doc = new Y.Doc()): WebsocketProvider {
  const p = openProvider(server.port, name, user.token, doc);
  providers.push(p);
  return p;
}

beforeAll(async () => {
  server = await startTestServer();
  member = await buildUser(server.runtime.models, { roles: ['TASKFORCE_MEMBER'] });
  reader = await buildUser(server.runtime.models, { roles: ['MUNICIPALITY_EDITOR'] });
  taskforceId = (await buildTaskforce(server.runtime.models, [member]))._id;
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

describe('/collab first sync from the stored state', () => {
  it('folds the log into the snapshot on unload, then serves new, partial and writing clients', async () => {
    const { models } = server.runtime;
    const { name } = await buildRoadmap(models, taskforceId);
    const first = provider(name, member);
    await synced(first);
    clientAddItem(first.doc, 'one', 'Een');
    const early = Y.encodeStateAsUpdate(first.doc);
    clientAddItem(first.doc, 'two', 'Twee');
    await eventually(async () => expect(await models.CollabUpdate.countDocuments({ docName: name })).toBe(1));
    first.destroy();
    await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name));

    // The log is folded into the snapshot, stored deflated, which carries its state vector.
    expect(await models.CollabUpdate.countDocuments({ docName: name })).toBe(0);
    const snapshot = await models.CollabSnapshot.findById(name).lean();
    expect(snapshot?.encoding).toBe('deflate-raw');
    const state = inflateRawSync(bytesOf(snapshot!.state));
    expect([...bytesOf(snapshot!.stateVector!)]).toEqual([...Y.encodeStateVectorFromUpdate(state)]);

    // A client with nothing gets everything; one with part of it gets the rest.
    const fresh = provider(name, reader);
    const partialDoc = new Y.Doc();
    Y.applyUpdate(partialDoc, early);
    const partial = provider(name, reader, partialDoc);
    await Promise.all([synced(fresh), synced(partial)]);
    expect(itemTitles(fresh.doc)).toEqual(['Een', 'Twee']);
    expect(itemTitles(partial.doc)).toEqual(['Een', 'Twee']);

    // A writer's edit lands on top of the stored state, for every client and the server.
    const writer = provider(name, member);
    await synced(writer);
    clientAddItem(writer.doc, 'three', 'Drie');
    await eventually(() => expect(itemTitles(fresh.doc)).toEqual(['Een', 'Twee', 'Drie']));
    const serverTitles = await server.collab.registry.with(name, (shared) => itemTitles(shared.doc));
    expect(serverTitles).toEqual(['Een', 'Twee', 'Drie']);
    // A client joining now gets the changed document, not the state cached before the edit.
    const late = provider(name, reader);
    await synced(late);
    expect(itemTitles(late.doc)).toEqual(['Een', 'Twee', 'Drie']);
  });
});

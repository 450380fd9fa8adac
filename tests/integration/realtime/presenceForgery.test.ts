import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import { buildRoadmap, openProvider, rawSocket, synced, upgradeStatus } from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';

let server: KoersServer;
const providers: WebsocketProvider[] = [];
const sockets: WebSocket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const s of sockets) s.terminate();
  await server.close();
});

/** A raw y-websocket awareness message, entry by entry, as a hostile client would write it. */
function awarenessMessage(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MessageType.Awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** Resolves with the state of `clientId` once `predicate` holds for it; checked on every change. */
function stateWhen(
  provider: WebsocketProvider,
  clientId: number,
  predicate: (state: Record<string, unknown> | undefined) => boolean,
): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve) => {
    const check = () => {
      const state = provider.awareness.getStates().get(clientId);
      if (!predicate(state)) return;
      provider.awareness.off('change', check);
      resolve(state);
    };
    provider.awareness.on('change', check);
    check();
  });
}

describe('/collab presence cannot be forged', () => {
  it('binds the user to the socket and refuses other clients’ ids, also for removal', async () => {
    const models = server.runtime.models;
    const anna = await buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Anna Admin' });
    const vera = await buildUser(models, { name: 'Vera Lezer' });
    const watcherUser = await buildUser(models, { name: 'Wim Kijker' });
    const { name } = await buildRoadmap(models, (await buildTaskforce(models, [anna]))._id);

    const annaProvider = openProvider(server.port, name, anna.token);
    const watcher = openProvider(server.port, name, watcherUser.token);
    providers.push(annaProvider, watcher);
    await Promise.all([annaProvider, watcher].map(synced));
    annaProvider.awareness.setLocalStateField('user', { name: 'Anna Admin', id: anna.id, color: '#112233' });
    const annaId = annaProvider.awareness.clientID;
    await stateWhen(watcher, annaId, (s) => s !== undefined);

    // Vera, a read-only viewer, speaks the protocol by hand.
    const raw = rawSocket(server.port, name, vera.token);
    sockets.push(raw);
    expect(await upgradeStatus(raw)).toBe(101);
    const forgedId = 123_456;
    const annaClock = annaProvider.awareness.meta.get(annaId)?.clock ?? 0;
    raw.send(
      awarenessMessage([
        { clientId: forgedId, clock: 1, state: { user: { name: 'Anna Admin', id: anna.id } } },
      ]),
    );
    raw.send(
      awarenessMessage([{ clientId: annaId, clock: annaClock + 10, state: { user: { name: 'Gekaapt' } } }]),
    );
    raw.send(awarenessMessage([{ clientId: annaId, clock: annaClock + 20, state: null }]));
    // Messages of one socket are handled in order: once this marker arrives, so have the above.
    raw.send(
      awarenessMessage([
        { clientId: forgedId, clock: 2, state: { marker: true, user: { name: 'Anna Admin' } } },
      ]),
    );

    const forged = await stateWhen(watcher, forgedId, (s) => s?.marker === true);
    // Each check stands on its own (soft), so a failure shows every forgery that got through.
    expect.soft(forged?.user).toEqual({ id: vera.id, name: 'Vera Lezer', municipality: null });
    expect.soft(watcher.awareness.getStates().get(annaId)?.user).toEqual({
      id: anna.id,
      name: 'Anna Admin',
      municipality: null,
      color: '#112233',
    });
    expect.soft(annaProvider.awareness.getLocalState()?.user).toEqual({
      name: 'Anna Admin',
      id: anna.id,
      color: '#112233',
    });
  });
});

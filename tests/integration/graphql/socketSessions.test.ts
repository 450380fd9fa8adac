import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { KoersServer } from '../../../server/app';
import { createSession } from '../../../server/auth/session';
import { SESSION_REVOKED } from '../../../server/events/topics';
import { buildRoadmap, closeCode, rawSocket, upgradeStatus } from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A graphql-ws socket acknowledged with `token`, subscribed to initiative events. */
async function signedInSocket(token: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    socket.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
    });
    socket.once('close', (code) => reject(new Error(`closed with ${code} before the ack`)));
  });
  socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { initiativeChanged { kind } }' },
    }),
  );
  return { socket, closed };
}

async function logout(token: string): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation { logout }' }),
  });
  expect(await response.json()).toEqual({ data: { logout: true } });
}

describe('graphql-ws sockets end with their session', () => {
  it('closes with 4403 when the token expires while the socket is open', async () => {
    const user = await buildUser(server.runtime.models);
    // A session that lives two seconds: the socket is open well before it ends.
    const { token } = await createSession(server.runtime.models, user._id, 2 / 3600);
    const { closed } = await signedInSocket(token);
    expect(await closed).toBe(4403);
  });

  it('closes with 4403 on logout, and leaves the same user’s other sessions open', async () => {
    const user = await buildUser(server.runtime.models);
    const other = await createSession(server.runtime.models, user._id, 1);
    const [loggedOut, stays] = [await signedInSocket(user.token), await signedInSocket(other.token)];
    await logout(user.token);
    expect(await loggedOut.closed).toBe(4403);
    expect(stays.socket.readyState).toBe(WebSocket.OPEN);
    stays.socket.close();
  });

  it('closes every socket of a user whose sessions are all revoked (deactivation), graphql-ws and co-editing alike', async () => {
    const models = server.runtime.models;
    const user = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const { name } = await buildRoadmap(models, (await buildTaskforce(models, [user]))._id);
    const collab = rawSocket(server.port, name, user.token);
    expect(await upgradeStatus(collab)).toBe(101);
    const collabClosed = closeCode(collab);
    const { closed } = await signedInSocket(user.token);

    server.runtime.pubsub.publish(SESSION_REVOKED, { userId: user.id });
    expect(await closed).toBe(4403);
    expect(await collabClosed).toBe(4401);
  });
});

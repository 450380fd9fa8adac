import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ErrorCode } from '../../../common/errorCodes';
import type { KoersServer } from '../../../server/app';
import { hashToken } from '../../../server/auth/session';
import { buildRoadmap, rawSocket, upgradeStatus } from '../../support/collab';
import { buildTaskforce, buildUser, TEST_PASSWORD } from '../../support/factories';
import { startTestServer } from '../../support/server';

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function post(query: string, variables: unknown = {}, token?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: Record<string, unknown> }>;
  };
}

function graphqlWsClose(token: string): Promise<number> {
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-transport-ws');
  return new Promise((resolve) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    socket.once('close', (code) => resolve(code));
  });
}

describe('an expired token', () => {
  it('is refused on HTTP, over graphql-ws and on /collab alike', async () => {
    const models = server.runtime.models;
    const user = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const { name } = await buildRoadmap(models, (await buildTaskforce(models, [user]))._id);
    expect((await post('{ me { id } }', {}, user.token)).data).toEqual({ me: { id: user.id } });
    expect(await upgradeStatus(rawSocket(server.port, name, user.token))).toBe(101);

    await models.Session.updateOne(
      { _id: hashToken(user.token) },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect((await post('{ me { id } }', {}, user.token)).data).toEqual({ me: null });
    const mutation = await post(
      'mutation { createPage(input: { title: "Na verloop" }) { id } }',
      {},
      user.token,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe(ErrorCode.Unauthenticated);
    expect(await upgradeStatus(rawSocket(server.port, name, user.token))).toBe(401);
    expect(await graphqlWsClose(user.token)).toBe(4403);
  });
});

describe('password spraying from one address', () => {
  it('locks the address after 50 failures over many accounts, even for a right password', async () => {
    const users = await Promise.all(Array.from({ length: 11 }, () => buildUser(server.runtime.models)));
    const login = (email: string, password: string) =>
      post('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: email,
        p: password,
      });
    // Five per account stays under the per-account lock; fifty in all reaches the address lock.
    const codes = await Promise.all(
      users.slice(0, 10).map(async (user) => {
        const seen: unknown[] = [];
        for (let i = 0; i < 5; i++)
          seen.push((await login(user.email, `wrong-${i}`)).errors?.[0]?.extensions?.code);
        return seen;
      }),
    );
    expect(new Set(codes.flat())).toEqual(new Set([ErrorCode.Unauthenticated]));
    const fresh = users[10] as (typeof users)[number];
    const result = await login(fresh.email, TEST_PASSWORD);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.RateLimited);
    expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  }, 60_000);
});

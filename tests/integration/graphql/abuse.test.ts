import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ErrorCode } from '../../../common/errorCodes';
import type { KoersServer } from '../../../server/app';
import { ADOPTION_CHANGED } from '../../../server/events/topics';
import { GRAPHQL_LIMITS, SUBSCRIPTION_LIMITS } from '../../../server/graphql/limits';
import { buildMunicipality, buildStandard, buildUser, type SignedInUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { whenSubscribed } from '../../support/subscriptionClient';
import { eventually } from '../../support/eventually';

let server: KoersServer;
let user: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  user = await buildUser(models, { roles: ['ADMIN'] });
  await buildMunicipality(models);
  await buildStandard(models, { name: 'Zaken API' });
  await buildStandard(models, { name: 'Documenten API' });
});
afterAll(async () => {
  await server.close();
});

async function post(
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; body: FormattedExecutionResult }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${user.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as FormattedExecutionResult };
}

const code = (body: FormattedExecutionResult) => body.errors?.[0]?.extensions?.code;

describe('CSRF prevention', () => {
  it('refuses a simple GET and a text/plain or form POST; a preflighted request works', async () => {
    const query = encodeURIComponent('{ apiVersion }');
    const simpleGet = await fetch(`${server.url}/graphql?query=${query}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/i);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: '{ apiVersion }' }),
      });
      expect(response.status, contentType).toBe(400);
    }
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });
});

describe('operator-shaped input', () => {
  it('treats operators and patterns in search text as text', async () => {
    const search = async (text: string) =>
      post({
        query:
          'query($s: String) { standards(search: $s) { totalCount } municipalities(search: $s) { totalCount } }',
        variables: { s: text },
      });
    const all = (await search('api')).body.data as { standards: { totalCount: number } };
    expect(all.standards.totalCount).toBe(2);
    for (const text of ['{"$gt":""}', '.*', '$where', '^', '[a-z]+', '\\']) {
      const { body } = await search(text);
      expect(body.errors, text).toBeUndefined();
      expect(body.data, text).toEqual({ standards: { totalCount: 0 }, municipalities: { totalCount: 0 } });
    }
  });

  it('refuses operator objects where a string or id is expected', async () => {
    const cases = [
      { query: 'query($s: String) { standards(search: $s) { totalCount } }', variables: { s: { $gt: '' } } },
      {
        query: 'query($m: ID) { adoptions(municipalityId: $m) { totalCount } }',
        variables: { m: { $ne: null } },
      },
      { query: 'query($c: String) { municipality(code: $c) { id } }', variables: { c: { $where: '1' } } },
      {
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: { $gt: '' }, p: { $gt: '' } },
      },
    ];
    for (const body of cases) {
      const result = await post(body);
      expect(code(result.body), body.query).toBe(ErrorCode.BadUserInput);
      expect(result.body.data ?? null).toBeNull();
    }
    const byCode = await post({ query: '{ municipality(code: "$where") { id } }' });
    expect(byCode.body.data).toEqual({ municipality: null });
  });

  it('never turns an unknown filter field into a match-all filter', async () => {
    const inline = await post({ query: '{ standards(nosuch: "x") { totalCount } }' });
    expect(code(inline.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    const variables = await post({
      query: 'query($f: InitiativeDashboardFilter) { initiativeDashboard(filter: $f) { __typename } }',
      variables: { f: { nosuch: 'x' } },
    });
    expect(code(variables.body)).toBe(ErrorCode.BadUserInput);
    expect(variables.body.data ?? null).toBeNull();
  });

  it('lets an unknown path in a database filter match nothing, never everything', async () => {
    // Mongoose's strictQuery would silently drop the path (a match-all filter); it must stay off.
    const models = server.runtime.models;
    expect(await models.Standard.countDocuments({})).toBeGreaterThan(0);
    expect(await models.Standard.countDocuments({ nosuch: 'x' } as never)).toBe(0);
    expect(await models.Standard.countDocuments({ 'name.$where': 'x' } as never)).toBe(0);
  });

  it('refuses operator-shaped and repeated query parameters on exports', async () => {
    for (const query of ['standard[$ne]=x', 'standard[$gt]=', 'standard=a&standard=b', 'standard=.*']) {
      const response = await fetch(`${server.url}/export/adoption.csv?${query}`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      expect(response.status, query).toBe(400);
    }
  });

  it('refuses keys with a dot, a leading $ or __proto__ in object input', async () => {
    const before = await server.runtime.models.Standard.countDocuments();
    for (const key of ['a.b', '$where', '__proto__', 'constructor']) {
      const input = JSON.parse(
        `{"slug":"sluw-${before}","name":"Sluw","category":"API_STANDARD","lifecycle":"DRAFT",${JSON.stringify(key)}:{"$gt":""}}`,
      ) as unknown;
      const { body } = await post({
        query: 'mutation($i: CreateStandardInput!) { createStandard(input: $i) { standard { id } } }',
        variables: { i: input },
      });
      expect(code(body), key).toBe(ErrorCode.BadUserInput);
    }
    expect(await server.runtime.models.Standard.countDocuments()).toBe(before);
  });
});

describe('links', () => {
  it('refuses javascript: and data: URLs for a standard, naming the field', async () => {
    for (const url of ['javascript:window.__xss=1', 'data:text/html,<script>1</script>', 'vbscript:x']) {
      const { body } = await post({
        query: 'mutation($i: CreateStandardInput!) { createStandard(input: $i) { standard { id } } }',
        variables: {
          i: { slug: 'link-test', name: 'Link', category: 'API_STANDARD', lifecycle: 'DRAFT', url },
        },
      });
      expect(code(body), url).toBe(ErrorCode.BadUserInput);
      expect(body.errors?.[0]?.extensions?.field).toBe('url');
    }
  });
});

describe('page sizes', () => {
  it('refuses first: 99999999, 0 and negative sizes, naming the argument', async () => {
    for (const first of [99_999_999, 0, -1, 101]) {
      const { body } = await post({
        query: 'query($first: Int) { standards(first: $first) { totalCount } }',
        variables: { first },
      });
      expect(code(body), String(first)).toBe(ErrorCode.BadUserInput);
      expect(body.errors?.[0]?.message).toMatch(/first/);
    }
    // Written inline, the cost analysis already refuses the huge page before any resolver runs.
    const inline = await post({ query: '{ standards(first: 99999999) { totalCount } }' });
    expect(code(inline.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    const { body } = await post({ query: '{ standards(first: 100) { totalCount } }' });
    expect(body.errors).toBeUndefined();
  });
});

/** A raw graphql-transport-ws socket: frames are sent as given. */
function protocolSocket(port = server.port): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closeOf(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
}

function nextMessage(socket: WebSocket): Promise<{ type: string; id?: string; payload?: unknown }> {
  return new Promise((resolve) =>
    socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()) as { type: string })),
  );
}

async function acknowledged(params: Record<string, unknown> = {}, port = server.port): Promise<WebSocket> {
  const socket = await protocolSocket(port);
  const ack = nextMessage(socket);
  socket.send(JSON.stringify({ type: 'connection_init', payload: params }));
  expect((await ack).type).toBe('connection_ack');
  return socket;
}

const SUBSCRIBE = (id: string) =>
  JSON.stringify({
    id,
    type: 'subscribe',
    payload: { query: 'subscription { adoptionChanged { status } }' },
  });

describe('graphql-ws protocol abuse', () => {
  it('closes a socket that never sends connection_init with 4408', async () => {
    // 4408 comes only from the init-wait timer; a short wait spares the test the default 3 s.
    const impatient = await startTestServer({}, { subscriptionLimits: { connectionInitWaitMs: 100 } });
    try {
      const socket = await protocolSocket(impatient.port);
      expect(await closeOf(socket)).toBe(4408);
    } finally {
      await impatient.close();
    }
  });

  it('closes a second connection_init with 4429', async () => {
    const socket = await acknowledged();
    const closed = closeOf(socket);
    socket.send(JSON.stringify({ type: 'connection_init' }));
    expect(await closed).toBe(4429);
  });

  it('closes a subscribe before the ack with 4401', async () => {
    const socket = await protocolSocket();
    const closed = closeOf(socket);
    socket.send(SUBSCRIBE('1'));
    expect(await closed).toBe(4401);
  });

  it('closes a duplicate operation id with 4409', async () => {
    const socket = await acknowledged({ token: user.token });
    const closed = closeOf(socket);
    socket.send(SUBSCRIBE('same'));
    socket.send(SUBSCRIBE('same'));
    expect(await closed).toBe(4409);
  });

  it('closes a garbage frame with 4400', async () => {
    for (const frame of ['not json', '{"type":"nonsense"}', '[]', Buffer.from([0xff, 0x00])]) {
      const socket = await acknowledged();
      const closed = closeOf(socket);
      socket.send(frame);
      expect(await closed).toBe(4400);
    }
  });

  it('closes a bad or revoked token in connection_init with 4403; no token is anonymous', async () => {
    for (const token of ['forged', 42, 'x'.repeat(500)]) {
      const socket = await protocolSocket();
      const closed = closeOf(socket);
      socket.send(JSON.stringify({ type: 'connection_init', payload: { token } }));
      expect(await closed).toBe(4403);
    }
    (await acknowledged()).close();
    (await acknowledged({ token: user.token })).close();
  });

  it('applies the token limit and the 64 KiB frame limit to subscriptions', async () => {
    const socket = await acknowledged();
    const reply = nextMessage(socket);
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'status').join(' ');
    socket.send(
      JSON.stringify({
        id: 'big',
        type: 'subscribe',
        payload: { query: `subscription { adoptionChanged { ${fields} } }` },
      }),
    );
    const message = await reply;
    expect(message.type).toBe('error');
    expect(JSON.stringify(message.payload)).toMatch(/Token limit/);
    const closed = closeOf(socket);
    socket.send('x'.repeat(SUBSCRIPTION_LIMITS.maxPayloadBytes + 1));
    expect(await closed).toBe(1009);
  });
});

describe('graphql-ws caps', () => {
  it('caps anonymous sockets (4403) and operations per socket', async () => {
    const capped = await startTestServer(
      {},
      { subscriptionLimits: { maxAnonymousSockets: 2, maxOperationsPerSocket: 2 } },
    );
    try {
      /** Sends connection_init: 'ack', or the close code when refused. */
      const init = async (params: Record<string, unknown>) => {
        const socket = await protocolSocket(capped.port);
        const result = new Promise<string | number>((resolve) => {
          socket.once('message', (data: Buffer) =>
            resolve((JSON.parse(data.toString()) as { type: string }).type),
          );
          socket.once('close', (closeCode) => resolve(closeCode));
        });
        socket.send(JSON.stringify({ type: 'connection_init', payload: params }));
        return { socket, result: await result };
      };
      const first = await init({});
      expect(first.result).toBe('connection_ack');
      expect((await init({})).result).toBe('connection_ack');
      expect((await init({})).result).toBe(4403);
      // Signed-in sockets do not count against the anonymous cap.
      const member = await buildUser(capped.runtime.models);
      const signedIn = await acknowledged({ token: member.token }, capped.port);
      const closed = closeOf(first.socket);
      first.socket.close();
      await closed;
      await eventually(async () => {
        const again = await init({});
        again.socket.close();
        expect(again.result).toBe('connection_ack');
      });

      for (const id of ['1', '2']) {
        const subscribed = whenSubscribed(capped.runtime, ADOPTION_CHANGED);
        signedIn.send(SUBSCRIBE(id));
        await subscribed;
      }
      const reply = nextMessage(signedIn);
      signedIn.send(SUBSCRIBE('3'));
      const message = await reply;
      expect(message).toMatchObject({ type: 'error', id: '3' });
      expect(JSON.stringify(message.payload)).toMatch(/At most 2 operations/);
    } finally {
      await capped.close();
    }
  });
});

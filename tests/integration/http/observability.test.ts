import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';
import { createLogger } from '../../../server/logger';
import { buildRoadmap, clientAddItem, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-probes-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function metrics(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of the sample `name` whose labels include `labels` (in any order), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find(
      (l) =>
        (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && wanted.every((label) => l.includes(label)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

async function probe(url: string, name: 'livez' | 'readyz') {
  const response = await fetch(`${url}/${name}`);
  return { status: response.status, body: (await response.json()) as { status: string } };
}

describe('GET /metrics', () => {
  it('reports HTTP and GraphQL durations, errors by code, sockets, documents, lag, database and Redis', async () => {
    const server = await startTestServer({
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `t${randomUUID().slice(0, 8)}:`,
    });
    const models = server.runtime.models;
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const taskforce = await buildTaskforce(models, [member]);
    const roadmap = await buildRoadmap(models, taskforce._id);
    const provider = openProvider(server.port, roadmap.name, member.token);
    try {
      await synced(provider);
      clientAddItem(provider.doc, 'a', 'Gemeten');
      const post = (query: string) =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      await post('query MetricsProbe { __typename }');
      await post('query MetricsBadInput { standards(first: -1) { totalCount } }');

      await eventually(async () => {
        const text = await metrics(server.url);
        expect(sample(text, 'koers_update_log_lag_seconds_count')).toBeGreaterThan(0);
      });
      const text = await metrics(server.url);
      expect(
        sample(text, 'koers_graphql_operation_duration_seconds_count', {
          operation: 'MetricsProbe',
          type: 'query',
        }),
      ).toBe(1);
      expect(sample(text, 'koers_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(
        1,
      );
      expect(
        sample(text, 'koers_http_request_duration_seconds_count', {
          method: 'POST',
          route: '/graphql',
          status: '200',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'koers_open_sockets', { kind: 'collab' })).toBe(1);
      expect(sample(text, 'koers_loaded_documents')).toBe(1);
      expect(sample(text, 'koers_database_up')).toBe(1);
      expect(sample(text, 'koers_redis_up')).toBe(1);
    } finally {
      provider.destroy();
      await server.close();
    }
  });
});

describe('request ids', () => {
  it('answers with X-Request-Id and puts the same id in GraphQL error extensions', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ standards(first: -1) { totalCount } }' }),
      });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: id });

      const passed = await fetch(`${server.url}/livez`, {
        headers: { 'x-request-id': 'nginx-0123456789abcdef' },
      });
      expect(passed.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    } finally {
      await server.close();
    }
  });
});

describe('request ids over graphql-ws', () => {
  it('puts `<socket id>/<operation id>` into the extensions of every error on the socket', async () => {
    const server = await startTestServer();
    // The upgrade request carries the balancer's id, as nginx's `$request_id` would.
    class ForwardedWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-request-id': 'nginx-socket-0123456789' } });
      }
    }
    const client = createClient({
      url: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: ForwardedWebSocket,
      lazy: true,
      retryAttempts: 0,
    });
    try {
      const failed = (query: string) =>
        new Promise<ReadonlyArray<{ extensions?: Record<string, unknown> }>>((resolve) => {
          const seen: Array<{ extensions?: Record<string, unknown> }> = [];
          client.subscribe(
            { query },
            {
              next: (result) => seen.push(...(result.errors ?? [])),
              error: (errors) => resolve(Array.isArray(errors) ? errors : [errors]),
              complete: () => resolve(seen),
            },
          );
        });
      const resolverError = await failed('{ standards(first: -1) { totalCount } }');
      expect(resolverError[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(resolverError[0]?.extensions?.requestId).toMatch(/^nginx-socket-0123456789\/.+/);
      const validationError = await failed('{ noSuchField }');
      expect(validationError[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(validationError[0]?.extensions?.requestId).toMatch(/^nginx-socket-0123456789\/.+/);
      expect(validationError[0]?.extensions?.requestId).not.toBe(resolverError[0]?.extensions?.requestId);
    } finally {
      await client.dispose();
      await server.close();
    }
  });
});

describe('GET /livez and /readyz', () => {
  it('/readyz answers 503 from the start of shutdown while /livez stays 200', async () => {
    // Shutdown is held open by an edit that cannot be stored while this test's database is down.
    let db = await startEmbeddedDatabase({ dataDir });
    const address = db.uri.replace(/^mongodb:\/\//, '').replace(/\/$/, '');
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MONGODB_URI: `${db.uri}koers_probes` });
    const server = await startKoers(config, createLogger('silent'));
    const models = server.runtime.models;
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const taskforce = await buildTaskforce(models, [member]);
    const roadmap = await buildRoadmap(models, taskforce._id);
    const provider = openProvider(server.port, roadmap.name, member.token);
    await synced(provider);
    expect(await probe(server.url, 'readyz')).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });
    expect(await probe(server.url, 'livez')).toEqual({ status: 200, body: { status: 'ok' } });

    await db.stop();
    clientAddItem(provider.doc, 'late', 'Na de database');
    expect((await probe(server.url, 'readyz')).body.status).toBe('unavailable');
    const closed = server.close();
    expect(await probe(server.url, 'readyz')).toEqual({ status: 503, body: { status: 'stopping' } });
    expect((await probe(server.url, 'livez')).status).toBe(200);

    db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
    await closed;
    provider.destroy();
    await db.stop();
  });
});

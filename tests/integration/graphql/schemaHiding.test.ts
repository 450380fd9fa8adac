import type { FormattedExecutionResult } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { startTestServer } from '../../support/server';
import { subscriptionClient } from '../../support/subscriptionClient';

let development: KoersServer;
let production: KoersServer;
const clients: Client[] = [];
beforeAll(async () => {
  development = await startTestServer({ NODE_ENV: 'development' });
  production = await startTestServer({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await development.close();
  await production.close();
});

/** Every error message of one operation over HTTP. */
async function overHttp(server: KoersServer, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as FormattedExecutionResult;
  return { data: body.data, messages: (body.errors ?? []).map((e) => e.message).join('\n') };
}

/** Every error message (and the data) of one operation over graphql-ws, anonymous. */
function overSocket(server: KoersServer, query: string, variables?: Record<string, unknown>) {
  const client = subscriptionClient(server.port);
  clients.push(client);
  return new Promise<{ data: unknown; messages: string }>((resolve) => {
    let data: unknown = null;
    let messages = '';
    client.subscribe(
      { query, variables },
      {
        next: (result) => {
          data = result.data ?? data;
          messages += (result.errors ?? []).map((e) => e.message).join('\n');
        },
        error: (errors) => {
          const list = Array.isArray(errors) ? (errors as Array<{ message: string }>) : [];
          resolve({ data, messages: list.map((e) => e.message).join('\n') });
        },
        complete: () => resolve({ data, messages }),
      },
    );
  });
}

const transports = { HTTP: overHttp, 'graphql-ws': overSocket } as const;

const probes: Array<[what: string, query: string, variables?: Record<string, unknown>]> = [
  ['a mistyped field', '{ apiVersio }'],
  ['a mistyped argument', '{ standards(lifecycl: ESTABLISHED) { totalCount } }'],
  ['an enum literal one letter off', '{ standards(lifecycle: ESTABLISHD) { totalCount } }'],
  [
    'an enum variable one letter off',
    'query ($l: Lifecycle) { standards(lifecycle: $l) { totalCount } }',
    { l: 'ESTABLISHD' },
  ],
];

describe('schema hiding in production', () => {
  for (const [transport, run] of Object.entries(transports)) {
    it(`refuses __schema and __type over ${transport}`, async () => {
      for (const query of [
        '{ __schema { types { name } } }',
        '{ __type(name: "Query") { fields { name } } }',
      ]) {
        const result = await run(production, query);
        expect(result.data ?? null, query).toBeNull();
        expect(result.messages, query).toMatch(/introspection/i);
      }
      // Outside production the same document works (tooling, codegen).
      const dev = await run(development, '{ __type(name: "Query") { name } }');
      expect(dev.data).toEqual({ __type: { name: 'Query' } });
    });

    for (const [what, query, variables] of probes) {
      it(`gives no "Did you mean" for ${what} over ${transport}`, async () => {
        const result = await run(production, query, variables);
        expect(result.messages).not.toBe('');
        expect(result.messages).not.toMatch(/did you mean/i);
        // The same probe in development does suggest, so the check above is not vacuous.
        expect((await run(development, query, variables)).messages).toMatch(/did you mean/i);
      });
    }
  }
});

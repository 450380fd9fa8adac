import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { GRAPHQL_LIMITS } from '../../../server/graphql/limits';
import { startTestServer } from '../../support/server';

async function post(url: string, body: unknown) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as FormattedExecutionResult };
}

function messages(result: FormattedExecutionResult): string {
  return (result.errors ?? []).map((e) => e.message).join('\n');
}

let server: KoersServer;
let production: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
  production = await startTestServer({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) });
});
afterAll(async () => {
  await server.close();
  await production.close();
});

describe('GraphQL abuse limits', () => {
  it('refuses a query deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++) selection = `taskforces { members { ${selection} } }`;
    const result = await post(server.url, { query: `{ me { ${selection} } }` });
    expect(result.status).toBe(400);
    expect(messages(result.json())).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: apiVersion`).join(
      ' ',
    );
    const result = await post(server.url, { query: `{ ${aliases} }` });
    expect(result.status).toBe(400);
    expect(messages(result.json())).toMatch(/alias/i);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'apiVersion').join(' ');
    const result = await post(server.url, { query: `{ ${fields} }` });
    expect(result.status).toBe(400);
    expect(messages(result.json())).toMatch(/token/i);
  });

  it('refuses alias-batched login attempts', async () => {
    const result = await post(server.url, {
      query: `mutation {
        a: login(email: "a@koers.example", password: "1") { token }
        b: login(email: "a@koers.example", password: "2") { token }
      }`,
    });
    expect(result.status).toBe(400);
    expect(messages(result.json())).toContain('Only one login per request');
  });

  it('refuses array-batched requests', async () => {
    const result = await post(server.url, [{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }]);
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/batch/i);
  });

  it('refuses a request body over 1 MB with 413', async () => {
    const result = await post(server.url, {
      query: '{ apiVersion }',
      variables: { pad: 'x'.repeat(1_100_000) },
    });
    expect(result.status).toBe(413);
  });
});

describe('production mode', () => {
  it('hides field suggestions and introspection, and never sends stack traces', async () => {
    const typo = (await post(production.url, { query: '{ apiVersio }' })).json();
    expect(messages(typo)).not.toMatch(/did you mean/i);
    expect(JSON.stringify(typo)).not.toMatch(/stacktrace/i);
    const dev = (await post(server.url, { query: '{ apiVersio }' })).json();
    expect(messages(dev)).toMatch(/did you mean/i);
    const introspection = (
      await post(production.url, { query: '{ __schema { queryType { name } } }' })
    ).json();
    expect(messages(introspection)).toMatch(/introspection/i);
  });
});

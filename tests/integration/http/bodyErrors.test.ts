import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { startTestServer } from '../../support/server';

const servers: Record<string, KoersServer> = {};
beforeAll(async () => {
  servers.development = await startTestServer({ NODE_ENV: 'development' });
  servers.production = await startTestServer({
    NODE_ENV: 'production',
    SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
  });
});
afterAll(async () => {
  for (const server of Object.values(servers)) await server.close();
});

const requests: Array<[what: string, status: number, init: RequestInit]> = [
  [
    'malformed JSON',
    400,
    { headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { id } }"' },
  ],
  [
    'an unknown charset',
    415,
    { headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}' },
  ],
  [
    'a body over 1 MB',
    413,
    {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    },
  ],
];

describe('requests the body parser refuses', () => {
  for (const env of ['development', 'production'] as const) {
    for (const [what, status, init] of requests) {
      it(`answers ${what} with a JSON GraphQL error without internals (${env})`, async () => {
        const response = await fetch(`${servers[env]?.url}/graphql`, { method: 'POST', ...init });
        expect(response.status).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const text = await response.text();
        const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: { code: string } }> };
        expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
        expect(body.errors[0]?.message).toEqual(expect.any(String));
        // No stack frames, file paths or library names.
        expect(text).not.toMatch(/\bat \w|node_modules|\/work\/|\.ts:|<html|SyntaxError|body-parser/i);
      });
    }
  }
});

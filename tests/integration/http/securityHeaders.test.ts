import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { startTestServer } from '../../support/server';

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer({ MAP_BOUNDARIES_URL: 'https://kaart.example.org/gemeenten.topojson' });
});
afterAll(() => server.close());

const requests: Array<[what: string, path: string, init?: RequestInit]> = [
  ['the web app', '/roadmaps'],
  [
    'GraphQL',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ apiVersion }"}' },
  ],
  [
    'a refused GraphQL body',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
  ],
  ['an export without a token', '/export/initiatives.csv'],
  ['the health check', '/healthz'],
  ['the client configuration', '/config.json'],
];

describe('browser security headers', () => {
  for (const [what, path, init] of requests) {
    it(`are on ${what}`, async () => {
      const response = await fetch(`${server.url}${path}`, init);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')] as const;
        }),
      );
      expect(directives.get('script-src')).toBe("'self'");
      expect(directives.get('style-src')).toBe("'self'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'none'");
      // The API and the sockets (same origin) and the boundaries file of MAP_BOUNDARIES_URL.
      expect(directives.get('connect-src')).toBe("'self' https://kaart.example.org");
      expect(csp).not.toContain('unsafe');
      expect(
        Object.fromEntries(
          ['x-frame-options', 'x-content-type-options', 'referrer-policy'].map((h) => [
            h,
            response.headers.get(h),
          ]),
        ),
      ).toEqual({
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  }
});

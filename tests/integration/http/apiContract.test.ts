import { buildSchema, findBreakingChanges } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildSchema as buildKoersSchema } from '../../../server/graphql/schema';
import { startTestServer } from '../../support/server';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-at-least-32-chars' };

describe('in production', () => {
  let server: KoersServer;
  let explorer: KoersServer;
  beforeAll(async () => {
    [server, explorer] = await Promise.all([
      startTestServer(PRODUCTION),
      startTestServer({ ...PRODUCTION, API_EXPLORER: 'true' }),
    ]);
  });
  afterAll(() => Promise.all([server.close(), explorer.close()]));

  it('serves the SDL of the running schema at /graphql/schema.graphql', async () => {
    const response = await fetch(`${server.url}/graphql/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await response.text();
    const published = buildSchema(sdl);
    expect(published.getMutationType()?.getFields()).toHaveProperty('createApiToken');
    // The published SDL is the schema the server runs: nothing breaks between the two.
    expect(findBreakingChanges(buildKoersSchema(), published)).toEqual([]);
  });

  it('keeps introspection off while the SDL is published', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no explorer unless API_EXPLORER=true, and never Apollo’s CDN landing page', async () => {
    expect((await fetch(`${server.url}/graphiql`)).status).toBe(404);
    expect((await fetch(`${server.url}/graphiql.html`)).status).toBe(404);
    const enabled = await fetch(`${explorer.url}/graphiql`);
    expect(enabled.status).toBe(200);
    expect(await enabled.text()).toMatch(/<script type="module" crossorigin src="\/assets\/graphiql-/);

    const landing = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await landing.text();
    expect(text).not.toMatch(/apollographql|embeddable-(sandbox|explorer)|<html/i);
  });
});

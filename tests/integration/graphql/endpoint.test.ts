import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const ApiVersionQuery = graphql(`
  query ApiVersion {
    apiVersion
  }
`);

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('/graphql', () => {
  it('answers a query over POST', async () => {
    const { status, body } = await graphqlRequest(server.url, ApiVersionQuery);
    expect(status).toBe(200);
    expect(body.data?.apiVersion).toBe('1');
  });

  it('answers a query over GET when the request cannot be a cross-site form post', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { apiVersion: '1' } });
  });

  it('refuses a simple GET that a hostile page could send (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`);
    expect(response.status).toBe(400);
  });

  it('reports a syntax error with a stable code and no stack trace', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ apiVersion ' }),
    });
    const body = (await response.json()) as FormattedExecutionResult;
    expect(response.status).toBe(400);
    expect(firstErrorCode(body)).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});

describe('web app', () => {
  it('serves the built client at / and for client routes', async () => {
    for (const route of ['/', '/standaarden/zaken-api']) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it('does not answer API paths with the web app', async () => {
    for (const route of ['/export/unknown.csv', '/collab/roadmap:unknown']) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('<div id="root">');
    }
  });
});

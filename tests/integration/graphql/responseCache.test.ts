import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildSchema } from '../../../server/graphql/schema';
import { keepText, onlyReusableFields, stringifyResult } from '../../../server/graphql/responseCache';
import { registry } from '../../../server/observability/metrics';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { eventually } from '../../support/eventually';
import { startTestServer } from '../../support/server';

const Catalogue = graphql(`
  query ResponseCacheCatalogue($first: Int) {
    standards(first: $first) {
      totalCount
      nodes {
        id
        name
        viewerCanEdit
        adoptionSummary {
          total
          byStatus {
            status
            count
          }
        }
      }
    }
  }
`);

const Followers = graphql(`
  query ResponseCacheFollowers($first: Int) {
    standards(first: $first) {
      nodes {
        name
        subscribers {
          code
        }
      }
    }
  }
`);

/** The response cache's counter of `result` (hit, shared or miss), as Prometheus would scrape it. */
async function cacheCount(result: 'hit' | 'shared' | 'miss'): Promise<number> {
  const metric = await registry.getSingleMetric('koers_graphql_response_cache_total')?.get();
  return metric?.values.find((v) => v.labels.result === result)?.value ?? 0;
}

/**
 * Asks once, holding that request's computation of the catalogue page (the server's versioned
 * cache) until `waiting` more requests asked the same and wait on its answer; resolves with all
 * answers, the first one's first.
 */
async function askTogether<T>(ask: () => Promise<T>, waiting: number): Promise<T[]> {
  const cache = server.runtime.cache;
  const get = cache.get.bind(cache);
  const shared = await cacheCount('shared');
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => {
    vi.spyOn(cache, 'get').mockImplementationOnce(async (...args) => {
      resolve();
      await released;
      return get(...args);
    });
  });
  const first = ask();
  await reached;
  const others = Array.from({ length: waiting }, ask);
  await eventually(async () => expect(await cacheCount('shared')).toBe(shared + waiting));
  release();
  return Promise.all([first, ...others]);
}

let server: KoersServer;
let admin: SignedInUser;
let editor: SignedInUser;
let standardId: string;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  await buildMunicipality(models);
  admin = await buildUser(models, { roles: ['ADMIN'] });
  editor = await buildEditor(models, 'GM0344');
  standardId = String((await buildStandard(models, { name: 'Eerste naam' }))._id);
});
afterAll(async () => {
  await server.close();
});

describe('the response cache', () => {
  it('answers a repeated query from the cache, with the same answer', async () => {
    const first = await graphqlData(server.url, Catalogue, { first: 10 });
    const hits = await cacheCount('hit');
    const second = await graphqlData(server.url, Catalogue, { first: 10 });
    expect(second).toEqual(first);
    expect(await cacheCount('hit')).toBe(hits + 1);
  });

  it('keeps answers apart per variables', async () => {
    const misses = await cacheCount('miss');
    const one = await graphqlData(server.url, Catalogue, { first: 1 });
    expect(one.standards.nodes).toHaveLength(1);
    expect(await cacheCount('miss')).toBe(misses + 1);
  });

  it('keeps no answer with errors', async () => {
    const misses = await cacheCount('miss');
    for (let i = 0; i < 2; i++) {
      const { body } = await graphqlRequest(server.url, Catalogue, { first: 0 });
      expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    }
    expect(await cacheCount('miss')).toBe(misses + 2);
  });

  it('shows a write made behind its back (as another process would) on the next request', async () => {
    await graphqlData(server.url, Catalogue, { first: 10 });
    await server.runtime.models.Standard.updateOne({ _id: standardId }, { $set: { name: 'Tweede naam' } });
    const after = await graphqlData(server.url, Catalogue, { first: 10 });
    expect(after.standards.nodes.map((s) => s.name)).toEqual(['Tweede naam']);
  });

  it('shows a reported adoption in the summary at once', async () => {
    const before = await graphqlData(server.url, Catalogue, { first: 10 });
    expect(before.standards.nodes[0]?.adoptionSummary.byStatus).toContainEqual({
      status: 'ADOPTED',
      count: 0,
    });
    await server.runtime.models.Adoption.create({
      municipalityId: 'GM0344',
      standardId,
      status: 'ADOPTED',
    });
    const after = await graphqlData(server.url, Catalogue, { first: 10 });
    expect(after.standards.nodes[0]?.adoptionSummary.byStatus).toContainEqual({
      status: 'ADOPTED',
      count: 1,
    });
  });

  it('keeps each viewer’s answers apart: a visitor’s, an admin’s and an editor’s', async () => {
    const visitor = await graphqlData(server.url, Catalogue, { first: 10 });
    expect(visitor.standards.nodes[0]?.viewerCanEdit).toBe(false);
    const hits = await cacheCount('hit');
    for (let i = 0; i < 2; i++) {
      const asAdmin = await graphqlData(server.url, Catalogue, { first: 10 }, { token: admin.token });
      expect(asAdmin.standards.nodes[0]?.viewerCanEdit).toBe(true);
      const asEditor = await graphqlData(server.url, Catalogue, { first: 10 }, { token: editor.token });
      expect(asEditor.standards.nodes[0]?.viewerCanEdit).toBe(false);
    }
    // The second round of each was reused, never the visitor's answer for the others.
    expect(await cacheCount('hit')).toBe(hits + 2);
  });

  it('answers anew once the viewer’s roles change', async () => {
    const before = await graphqlData(server.url, Catalogue, { first: 10 }, { token: editor.token });
    expect(before.standards.nodes[0]?.viewerCanEdit).toBe(false);
    await server.runtime.models.User.updateOne({ _id: editor.id }, { $set: { roles: ['ADMIN'] } });
    const after = await graphqlData(server.url, Catalogue, { first: 10 }, { token: editor.token });
    expect(after.standards.nodes[0]?.viewerCanEdit).toBe(true);
  });

  it('runs a query every time when it reads data without a version counter (who follows a standard)', async () => {
    const before = await graphqlData(server.url, Followers, { first: 10 });
    expect(before.standards.nodes[0]?.subscribers).toEqual([]);
    await server.runtime.models.Subscription.create({
      municipalityId: 'GM0344',
      standardId,
      since: new Date(),
    });
    const after = await graphqlData(server.url, Followers, { first: 10 });
    expect(after.standards.nodes[0]?.subscribers).toEqual([{ code: 'GM0344' }]);
  });

  it('answers requests that ask at once from one computation', async () => {
    // A change, so no answer is kept yet.
    await server.runtime.models.Standard.updateOne({ _id: standardId }, { $set: { summary: 'Samen' } });
    const misses = await cacheCount('miss');
    const answers = await askTogether(() => graphqlData(server.url, Catalogue, { first: 10 }), 4);
    expect(answers[0]?.standards.nodes[0]?.id).toBe(standardId);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await cacheCount('miss')).toBe(misses + 1);
  });

  it('lets requests waiting on an answer with errors run the query themselves', async () => {
    const answers = await askTogether(() => graphqlRequest(server.url, Catalogue, { first: 0 }), 2);
    expect(answers).toHaveLength(3);
    for (const { body } of answers) expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
  });
});

describe('stringifyResult', () => {
  it('makes a kept answer’s text once and sends that text every time after', () => {
    const answer = { data: { standards: { totalCount: 1 } } };
    keepText(answer);
    const first = stringifyResult({ errors: undefined, data: answer.data, extensions: undefined });
    expect(first).toBe('{"data":{"standards":{"totalCount":1}}}\n');
    // Kept answers are never changed; were one changed, the text made first would still be sent.
    answer.data.standards.totalCount = 2;
    expect(stringifyResult({ data: answer.data })).toBe(first);
  });

  it('writes any other result anew, as Apollo does', () => {
    const result = { data: { standards: { totalCount: 1 } } };
    expect(stringifyResult(result)).toBe('{"data":{"standards":{"totalCount":1}}}\n');
    result.data.standards.totalCount = 2;
    expect(stringifyResult(result)).toBe('{"data":{"standards":{"totalCount":2}}}\n');
    const failed = { data: { standards: null }, errors: [{ message: 'kapot' }] };
    keepText(failed);
    expect(stringifyResult(failed)).toBe('{"data":{"standards":null},"errors":[{"message":"kapot"}]}\n');
  });

  it('sends a reused answer with the same text the first request got', async () => {
    const ask = () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ standards(first: 5) { totalCount nodes { name } } }' }),
      }).then(async (response) => ({
        type: response.headers.get('content-type'),
        text: await response.text(),
      }));
    const first = await ask();
    const hits = await cacheCount('hit');
    const second = await ask();
    expect(await cacheCount('hit')).toBe(hits + 1);
    expect(second).toEqual(first);
    expect(first.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(first.text)).toEqual({
      data: { standards: { totalCount: 1, nodes: [{ name: expect.any(String) }] } },
    });
  });
});

describe('onlyReusableFields', () => {
  const schema = buildSchema();
  const reusable = (query: string) => onlyReusableFields(schema, parse(query));

  it('follows fragments and inline fragments to every field', () => {
    expect(
      reusable('query { standards { nodes { ...S } } } fragment S on Standard { name __typename }'),
    ).toBe(true);
    expect(
      reusable('query { standards { nodes { ...S } } } fragment S on Standard { name subscribers { code } }'),
    ).toBe(false);
    expect(reusable('query { standards { nodes { ... on Standard { viewerCanEdit } } } }')).toBe(true);
  });

  it('refuses mutations and fields outside the list', () => {
    expect(reusable('mutation { subscribeToStandard(standardId: "x", municipalityId: "y") { id } }')).toBe(
      false,
    );
    expect(reusable('query { roadmaps { totalCount } }')).toBe(false);
    expect(
      reusable(
        'query { adoptionMatrix(standardIds: []) { nodes { municipality { cooperations { id } } } } }',
      ),
    ).toBe(false);
  });
});

import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import type { StandardRecord } from '../../../server/db/models/Standard';
import { buildStandard, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const PublishForFeed = graphql(`
  mutation PublishForFeed($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        id
      }
    }
  }
`);

const LifecycleForFeed = graphql(`
  mutation LifecycleForFeed($input: ChangeStandardLifecycleInput!) {
    changeStandardLifecycle(input: $input) {
      standard {
        lifecycle
      }
    }
  }
`);

const UpdateForFeed = graphql(`
  mutation UpdateForFeed($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        lifecycle
      }
    }
  }
`);

type Entry = { id: string; title: string; link: string; summary: string; pubDate: string };
const parser = new Parser<{ id: string; author: unknown; lastBuildDate: string }, Entry>({
  customFields: { feed: ['id', 'author'], item: ['id', 'summary'] },
});

/** Koers's clock in this file: audit events, and so the feed's entries, carry its time. */
let clock = new Date('2026-03-02T09:30:00.000Z');
let server: KoersServer;

/** Moves the clock a minute on, so each change of a test is later than the one before. */
function tick(): Date {
  clock = new Date(clock.getTime() + 60_000);
  return clock;
}
let admin: SignedInUser;
let zaken: { id: string; slug: string };
let tricky: { id: string; slug: string };

async function getFeed(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, text: await response.text() };
}

beforeAll(async () => {
  server = await startTestServer({}, { now: () => clock });
  const { models } = server.runtime;
  admin = await buildUser(models, { roles: ['ADMIN'] });
  const z = await buildStandard(models, {
    slug: 'zaken-api-feed',
    name: 'Zaken API',
    versions: [
      { number: '1.0.0', date: '2021-01-15', changes: 'Eerste versie.' },
      { number: '0.9.0', date: null, changes: 'Zonder datum: niet in de feed.' },
    ] as StandardRecord['versions'],
  });
  zaken = { id: String(z._id), slug: z.slug };
  const t = await buildStandard(models, { slug: 'rare-tekens', name: 'A & B <script>alert(1)</script> "q"' });
  tricky = { id: String(t._id), slug: t.slug };
});

afterAll(async () => {
  await server?.close();
});

describe('GET /feeds/standaarden.atom', () => {
  it('serves valid Atom to visitors: feed id, title, updated, author, self link; entries link to the standard', async () => {
    const publishedAt = tick();
    await graphqlData(
      server.url,
      PublishForFeed,
      { standardId: zaken.id, number: '1.5.0', date: '2024-06-01', changes: 'Nieuwe <endpoints> & filters.' },
      { token: admin.token },
    );
    const { response, text } = await getFeed('/feeds/standaarden.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Koers: standaarden');
    expect(feed.feedUrl).toBe(`${server.url}/feeds/standaarden.atom`);
    expect(feed.link).toBe(`${server.url}/standaarden`);
    expect(feed.id).toBe(`${server.url}/feeds/standaarden.atom`);
    expect(JSON.stringify(feed.author)).toContain('Koers');
    expect(Number.isNaN(Date.parse(feed.lastBuildDate))).toBe(false);

    const published = feed.items.find((item) => item.title === 'Zaken API: versie 1.5.0');
    expect(published).toMatchObject({
      link: `${server.url}/standaarden/zaken-api-feed`,
      summary: 'Nieuwe <endpoints> & filters.',
    });
    // Published through Koers: the entry is dated when it was published, not on its own date.
    expect(published!.pubDate).toBe(publishedAt.toISOString());
    const imported = feed.items.find((item) => item.title === 'Zaken API: versie 1.0.0');
    expect(imported?.pubDate).toBe('2021-01-15T00:00:00.000Z');
    expect(feed.items.some((item) => item.title.includes('0.9.0'))).toBe(false);
    for (const item of feed.items)
      expect(item.id).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    // Newest first.
    const dates = feed.items.map((item) => Date.parse(item.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('keeps entry ids stable, answers If-None-Match with 304, and a change makes a new ETag', async () => {
    const first = await getFeed('/feeds/standaarden.atom');
    const etag = first.response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await getFeed('/feeds/standaarden.atom');
    expect(again.response.headers.get('etag')).toBe(etag);
    const ids = (await parser.parseString(first.text)).items.map((item) => item.id);
    expect((await parser.parseString(again.text)).items.map((item) => item.id)).toEqual(ids);

    const notModified = await getFeed('/feeds/standaarden.atom', { 'If-None-Match': etag! });
    expect(notModified.response.status).toBe(304);
    expect(notModified.text).toBe('');
    const listed = await getFeed('/feeds/standaarden.atom', { 'If-None-Match': `"other", ${etag!}` });
    expect(listed.response.status).toBe(304);

    tick();
    await graphqlData(
      server.url,
      LifecycleForFeed,
      { input: { standardId: zaken.id, lifecycle: 'CANDIDATE', reason: 'Herziening nodig' } },
      { token: admin.token },
    );
    const changed = await getFeed('/feeds/standaarden.atom', { 'If-None-Match': etag! });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get('etag')).not.toBe(etag);
    const feed = await parser.parseString(changed.text);
    expect(feed.items[0]).toMatchObject({
      title: 'Zaken API is nu kandidaat',
      summary: 'Status: kandidaat. Reden: Herziening nodig',
      link: `${server.url}/standaarden/zaken-api-feed`,
    });
    // The earlier entries keep their ids.
    expect(feed.items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
  });

  it('escapes names and text for XML', async () => {
    tick();
    await graphqlData(
      server.url,
      PublishForFeed,
      {
        standardId: tricky.id,
        number: '2.0',
        date: '2025-02-03',
        changes: "Zie <a href='x'>hier</a> & daar\u0007.",
      },
      { token: admin.token },
    );
    const { text } = await getFeed(`/feeds/standaarden/${tricky.slug}.atom`);
    expect(text).not.toContain('<script>');
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Koers: A & B <script>alert(1)</script> "q"');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      title: 'A & B <script>alert(1)</script> "q": versie 2.0',
      summary: "Zie <a href='x'>hier</a> & daar.",
    });
  });
});

describe('GET /feeds/standaarden/<slug>.atom', () => {
  it("holds one standard's entries, with its page as the alternate link", async () => {
    // One step forward through updateStandard is a lifecycle change; editing the summary is none.
    for (const input of [
      { lifecycle: 'ESTABLISHED' as const },
      { summary: 'Zaken registreren en opvragen.' },
    ]) {
      tick();
      await graphqlData(
        server.url,
        UpdateForFeed,
        { input: { id: zaken.id, ...input } },
        { token: admin.token },
      );
    }
    const { response, text } = await getFeed(`/feeds/standaarden/${zaken.slug}.atom`);
    expect(response.status).toBe(200);
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Koers: Zaken API');
    expect(feed.link).toBe(`${server.url}/standaarden/zaken-api-feed`);
    expect(feed.feedUrl).toBe(`${server.url}/feeds/standaarden/zaken-api-feed.atom`);
    expect(feed.items.map((item) => item.title)).toEqual([
      'Zaken API is nu vastgesteld',
      'Zaken API is nu kandidaat',
      'Zaken API: versie 1.5.0',
      'Zaken API: versie 1.0.0',
    ]);
  });

  it('is 404 for an unknown standard or a malformed name', async () => {
    expect((await getFeed('/feeds/standaarden/bestaat-niet.atom')).response.status).toBe(404);
    expect((await getFeed('/feeds/standaarden/..%2Fetc.atom')).response.status).toBe(404);
    expect((await getFeed('/feeds/standaarden/zaken-api-feed.rss')).response.status).toBe(404);
  });
});

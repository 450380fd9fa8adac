import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { seedDatabase } from '../../../seeds/seed';
import { buildUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const SeededPublish = graphql(`
  mutation SeededPublish($standardId: ID!) {
    publishStandardVersion(
      standardId: $standardId
      number: "1.0"
      date: "2026-12-01"
      changes: "Eerste versie"
    ) {
      standard {
        versions {
          number
        }
      }
    }
  }
`);

let server: KoersServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedDatabase(server.runtime.models);
});

afterAll(async () => {
  await server?.close();
});

/**
 * The seeded catalogue holds standards without any version, stored without a `versions` field:
 * the feeds and publishing a first version must take them as they are.
 */
describe('the seeded catalogue', () => {
  it('serves both Atom feeds, and takes a first version of a standard that had none', async () => {
    const bare = await server.runtime.models.Standard.collection.findOne({ versions: { $exists: false } });
    expect(bare).not.toBeNull();
    const admin = await buildUser(server.runtime.models, { roles: ['ADMIN'] });
    const { publishStandardVersion } = await graphqlData(
      server.url,
      SeededPublish,
      { standardId: String(bare!._id) },
      { token: admin.token },
    );
    expect(publishStandardVersion.standard.versions.map((v) => v.number)).toEqual(['1.0']);

    const parser = new Parser();
    const catalogue = await fetch(`${server.url}/feeds/standaarden.atom`);
    expect(catalogue.status).toBe(200);
    expect((await parser.parseString(await catalogue.text())).items.length).toBeGreaterThan(0);
    const one = await fetch(`${server.url}/feeds/standaarden/${String(bare!.slug)}.atom`);
    expect(one.status).toBe(200);
    const entries = (await parser.parseString(await one.text())).items;
    expect(entries.map((entry) => entry.title).some((title) => title?.includes('1.0'))).toBe(true);
  });
});

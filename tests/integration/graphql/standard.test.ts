import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import type { StandardRecord } from '../../../server/db/models/Standard';
import realMunicipalities from '../../../seeds/data/municipalities.json' with { type: 'json' };
import { seedDatabase } from '../../../seeds/seed';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { commandsDuring } from '../../support/commands';
import { startTestServer } from '../../support/server';

const Standards = graphql(`
  query Standards(
    $first: Int
    $after: String
    $category: StandardCategory
    $lifecycle: Lifecycle
    $search: String
  ) {
    standards(first: $first, after: $after, category: $category, lifecycle: $lifecycle, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
      }
      nodes {
        id
        slug
        name
      }
    }
  }
`);

const StandardPage = graphql(`
  query StandardPage($first: Int) {
    standards(first: $first) {
      nodes {
        name
        viewerCanEdit
        adoptionSummary {
          total
          byStatus {
            status
            count
          }
        }
        subscribers {
          code
        }
      }
    }
  }
`);

const MunicipalityPage = graphql(`
  query MunicipalityAdoptionPage($first: Int) {
    municipalities(first: $first) {
      nodes {
        code
        viewerCanEdit
        adoptions {
          status
          standard {
            name
          }
        }
        subscriptions {
          standard {
            slug
          }
        }
      }
    }
  }
`);

const StandardBy = graphql(`
  query StandardBy($id: ID, $slug: String) {
    standard(id: $id, slug: $slug) {
      id
      slug
      complianceDeadline
      versions {
        number
        date
        changes
      }
      adoptionSummary {
        total
        byStatus {
          status
          count
        }
      }
    }
  }
`);

const CreateStandard = graphql(`
  mutation CreateStandard($input: CreateStandardInput!) {
    createStandard(input: $input) {
      standard {
        id
        slug
        name
        category
        lifecycle
        viewerCanEdit
      }
    }
  }
`);

const UpdateStandard = graphql(`
  mutation UpdateStandard($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        id
        slug
        name
        complianceDeadline
      }
    }
  }
`);

const Subscribe = graphql(`
  mutation SubscribeToStandard($municipalityId: ID!, $standardId: ID!) {
    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {
      municipality {
        code
      }
      standard {
        id
      }
    }
  }
`);

const Unsubscribe = graphql(`
  mutation UnsubscribeFromStandard($municipalityId: ID!, $standardId: ID!) {
    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)
  }
`);

const Trend = graphql(`
  query SeededTrend($standardId: ID!) {
    adoptionOverTime(standardId: $standardId, from: "2020-01-01", to: "2026-11-24", interval: YEAR) {
      date
      total
      byStatus {
        status
        count
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let editor: SignedInUser;
let reader: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0307',
    cbsNumber: '0307',
    name: 'Amersfoort',
    officialName: 'Amersfoort',
  });
  await buildMunicipality(models, {
    _id: 'GM0999',
    cbsNumber: '0999',
    name: 'Opgeheven',
    officialName: 'Opgeheven',
    validUntil: '2024-01-01',
    mergedInto: 'GM0307',
  });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  editor = await buildEditor(models, 'GM0344');
  reader = await buildUser(models);
});
afterAll(() => server.close());

describe('standards', () => {
  it('pages to the end, filters and searches', async () => {
    const models = server.runtime.models;
    for (let i = 0; i < 5; i++) await buildStandard(models, { name: `Paging ${i}`, slug: `paging-${i}` });
    await buildStandard(models, { name: 'Digikoppeling', slug: 'digikoppeling', category: 'BUILDING_BLOCK' });
    const first = await graphqlData(server.url, Standards, { first: 4, search: 'paging' });
    expect(first.standards.totalCount).toBe(5);
    expect(first.standards.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = await graphqlData(server.url, Standards, {
      first: 4,
      search: 'PAGING',
      after: first.standards.pageInfo.endCursor,
    });
    expect(last.standards.nodes.map((n) => n.name)).toEqual(['Paging 4']);
    expect(last.standards.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const blocks = await graphqlData(server.url, Standards, { category: 'BUILDING_BLOCK' });
    expect(blocks.standards.nodes.map((n) => n.slug)).toEqual(['digikoppeling']);
    const none = await graphqlData(server.url, Standards, { search: '.*' });
    expect(none.standards.totalCount).toBe(0);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ search: 'x'.repeat(101) }, 'search'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, field) => {
    const { body } = await graphqlRequest(server.url, Standards, variables);
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe('standard', () => {
  it('finds by id and slug; a malformed id is BAD_USER_INPUT, an unknown one null', async () => {
    const standard = await buildStandard(server.runtime.models, { slug: 'by-slug' });
    const byId = await graphqlData(server.url, StandardBy, { id: String(standard._id) });
    const bySlug = await graphqlData(server.url, StandardBy, { slug: 'by-slug' });
    expect(byId.standard?.id).toBe(String(standard._id));
    expect(bySlug.standard?.id).toBe(String(standard._id));
    expect(
      (await graphqlData(server.url, StandardBy, { id: '0123456789abcdef01234567' })).standard,
    ).toBeNull();
    const bad = await graphqlRequest(server.url, StandardBy, { id: '42' });
    expect(firstErrorCode(bad.body)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('id');
  });

  it('adoptionSummary counts every current municipality; no record is NOT_STARTED', async () => {
    const models = server.runtime.models;
    const standard = await buildStandard(models);
    await models.Adoption.create([
      { municipalityId: 'GM0344', standardId: standard._id, status: 'ADOPTED' },
      // An ended municipality's record stays readable but is not part of today's total.
      { municipalityId: 'GM0999', standardId: standard._id, status: 'ADOPTED' },
    ]);
    const data = await graphqlData(server.url, StandardBy, { id: String(standard._id) });
    const summary = data.standard!.adoptionSummary;
    const current = await models.Municipality.countDocuments({ validUntil: null });
    expect(summary.total).toBe(current);
    expect(summary.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(summary.total);
    expect(summary.byStatus.find((s) => s.status === 'ADOPTED')?.count).toBe(1);
    expect(summary.byStatus.find((s) => s.status === 'NOT_STARTED')?.count).toBe(current - 1);
  });
});

describe('createStandard and updateStandard', () => {
  const input = (slug: string) => ({
    slug,
    name: 'Publiccode.yml',
    category: 'OPEN_STANDARD' as const,
    lifecycle: 'CANDIDATE' as const,
    url: 'https://standard.publiccode.net/',
  });

  it('lets an admin create and update, audits both, and refuses a taken slug with CONFLICT', async () => {
    const created = await graphqlData(
      server.url,
      CreateStandard,
      { input: input('publiccode-yml') },
      { token: admin.token },
    );
    const id = created.createStandard.standard.id;
    expect(created.createStandard.standard).toMatchObject({ slug: 'publiccode-yml', viewerCanEdit: true });
    const again = await graphqlRequest(
      server.url,
      CreateStandard,
      { input: input('publiccode-yml') },
      { token: admin.token },
    );
    expect(firstErrorCode(again.body)).toBe('CONFLICT');
    await buildStandard(server.runtime.models, { slug: 'taken-slug' });
    const clash = await graphqlRequest(
      server.url,
      UpdateStandard,
      { input: { id, slug: 'taken-slug' } },
      { token: admin.token },
    );
    expect(firstErrorCode(clash.body)).toBe('CONFLICT');
    const updated = await graphqlData(
      server.url,
      UpdateStandard,
      { input: { id, name: 'publiccode.yml', complianceDeadline: '2027-01-01' } },
      { token: admin.token },
    );
    expect(updated.updateStandard.standard).toMatchObject({
      slug: 'publiccode-yml',
      name: 'publiccode.yml',
      complianceDeadline: '2027-01-01',
    });
    const audit = await server.runtime.models.AuditEvent.find({ subjectId: id }).lean();
    expect(audit.map((a) => a.action)).toEqual(['standard:create', 'standard:update']);
  });

  it.each([
    ['editor', 'FORBIDDEN'],
    ['reader', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('refuses %s with %s and saves nothing', async (who, code) => {
    const token = who === 'editor' ? editor.token : who === 'reader' ? reader.token : undefined;
    const { body } = await graphqlRequest(
      server.url,
      CreateStandard,
      { input: input(`nope-${who}`) },
      { token },
    );
    expect(firstErrorCode(body)).toBe(code);
    expect(await server.runtime.models.Standard.exists({ slug: `nope-${who}` })).toBeNull();
  });

  it.each([
    [{ slug: 'Not Kebab' }, 'slug'],
    [{ name: '' }, 'name'],
    [{ url: 'not a url' }, 'url'],
  ])('refuses %j with BAD_USER_INPUT naming the field', async (overrides, field) => {
    const { body } = await graphqlRequest(
      server.url,
      CreateStandard,
      { input: { ...input('fine-slug'), ...overrides } },
      { token: admin.token },
    );
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe('subscribeToStandard and unsubscribeFromStandard', () => {
  it('follows the adoption rules and is idempotent', async () => {
    const standard = await buildStandard(server.runtime.models);
    const vars = { municipalityId: 'GM0344', standardId: String(standard._id) };
    const data = await graphqlData(server.url, Subscribe, vars, { token: editor.token });
    expect(data.subscribeToStandard).toEqual({
      municipality: { code: 'GM0344' },
      standard: { id: vars.standardId },
    });
    await graphqlData(server.url, Subscribe, vars, { token: editor.token });
    expect(await server.runtime.models.Subscription.countDocuments({ standardId: standard._id })).toBe(1);
    const other = await graphqlRequest(
      server.url,
      Subscribe,
      { ...vars, municipalityId: 'GM0307' },
      { token: editor.token },
    );
    expect(firstErrorCode(other.body)).toBe('FORBIDDEN');
    const anonymous = await graphqlRequest(server.url, Unsubscribe, vars);
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const bad = await graphqlRequest(
      server.url,
      Subscribe,
      { ...vars, standardId: 'x' },
      { token: editor.token },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'standardId' });
    expect(
      (await graphqlData(server.url, Unsubscribe, vars, { token: editor.token })).unsubscribeFromStandard,
    ).toBe(true);
    expect(
      (await graphqlData(server.url, Unsubscribe, vars, { token: admin.token })).unsubscribeFromStandard,
    ).toBe(false);
  });
});

describe('database commands per page', () => {
  const commandNamesDuring = async (work: () => Promise<unknown>) =>
    (await commandsDuring(server.runtime.connection, work)).map((c) => c.commandName);

  it('answers a 50-row page with nested relations in a small constant number of commands', async () => {
    const models = server.runtime.models;
    const standards: StandardRecord[] = [];
    for (let i = 0; i < 50; i++)
      standards.push(await buildStandard(models, { name: `Perf ${String(i).padStart(2, '0')}` }));
    const sixty = realMunicipalities.filter((m) => !['GM0344', 'GM0307'].includes(m.code)).slice(0, 60);
    for (const m of sixty) await buildMunicipality(models, { ...m, _id: m.code });
    await models.Adoption.insertMany(
      sixty.map((m, i) => ({
        municipalityId: m.code,
        standardId: standards[i % 50]!._id,
        status: 'PLANNED',
      })),
    );
    await models.Subscription.insertMany(
      standards.map((s, i) => ({
        municipalityId: i % 2 ? 'GM0307' : 'GM0344',
        standardId: s._id,
        since: new Date(),
      })),
    );
    let rows = 0;
    let municipalityRows = 0;
    const standardCommands = await commandNamesDuring(async () => {
      const data = await graphqlData(server.url, StandardPage, { first: 50 }, { token: editor.token });
      rows = data.standards.nodes.length;
    });
    expect(rows).toBe(50);
    const municipalityCommands = await commandNamesDuring(async () => {
      const data = await graphqlData(server.url, MunicipalityPage, { first: 50 }, { token: editor.token });
      municipalityRows = data.municipalities.nodes.filter((n) => n.adoptions.length > 0).length;
    });
    expect(municipalityRows).toBeGreaterThanOrEqual(45);
    console.warn(
      `standards(first: 50) page: ${standardCommands.length} commands: ${standardCommands.join(', ')}`,
    );
    console.warn(
      `municipalities(first: 50) page: ${municipalityCommands.length} commands: ${municipalityCommands.join(', ')}`,
    );
    // Sign-in lookups (session, user, taskforces) + page + count + one query per relation.
    expect(standardCommands.length).toBeLessThanOrEqual(10);
    expect(municipalityCommands.length).toBeLessThanOrEqual(10);
  });
});

describe('seedDatabase', () => {
  it('seeds the real standards and the demo spread, and a second run changes no count', async () => {
    const fresh = await startTestServer();
    try {
      const models = fresh.runtime.models;
      const report = await seedDatabase(models);
      const counts = async () => ({
        municipalities: await models.Municipality.countDocuments(),
        standards: await models.Standard.countDocuments(),
        adoptions: await models.Adoption.countDocuments(),
        realAdoptions: await models.Adoption.countDocuments({ demo: false }),
        subscriptions: await models.Subscription.countDocuments(),
        users: await models.User.countDocuments(),
      });
      const first = await counts();
      expect(first).toMatchObject({ municipalities: 342 + 63, standards: 129, realAdoptions: 78 });
      expect(first.adoptions).toBeGreaterThan(1000);
      expect(report.standards).toBe(129);
      await seedDatabase(models);
      expect(await counts()).toEqual(first);
      console.warn(`seeded: ${JSON.stringify(first)}`);
      const zgw = await models.Standard.findOne({ slug: 'zaken-api' }).lean();
      const utrecht = await models.Subscription.countDocuments({
        municipalityId: 'GM0344',
        standardId: zgw!._id,
      });
      expect(utrecht).toBe(1);
      const trend = await graphqlData(fresh.url, Trend, { standardId: String(zgw!._id) });
      const adopted = trend.adoptionOverTime.map(
        (p) => p.byStatus.find((b) => b.status === 'ADOPTED')?.count ?? 0,
      );
      expect(adopted[0]).toBeLessThan(adopted.at(-1)!);
      expect(trend.adoptionOverTime.every((p) => p.total === 342)).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

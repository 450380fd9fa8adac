import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { ADOPTION_CHANGED } from '../../../server/events/topics';
import {
  buildCooperation,
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { collectionOf, commandsDuring, describeCommand } from '../../support/commands';
import { startTestServer } from '../../support/server';
import { subscribe, subscriptionClient, whenSubscribed } from '../../support/subscriptionClient';

const UpdateAdoption = graphql(`
  mutation UpdateAdoption($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        id
        status
        targetDate
        adoptedVersion
        note
        needsReview
        viewerCanEdit
        municipality {
          code
        }
        standard {
          id
        }
        updatedBy {
          id
        }
        history {
          status
          note
          at
          by {
            id
            name
          }
        }
      }
    }
  }
`);

const ReportStatus = graphql(`
  mutation ReportStatus($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        status
      }
    }
  }
`);

const Adoptions = graphql(`
  query Adoptions(
    $municipalityId: ID
    $standardId: ID
    $status: AdoptionStatus
    $first: Int
    $after: String
  ) {
    adoptions(
      municipalityId: $municipalityId
      standardId: $standardId
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        status
        municipality {
          code
        }
      }
    }
  }
`);

const AdoptionChanged = graphql(`
  subscription AdoptionChanged($standardId: ID, $municipalityId: ID) {
    adoptionChanged(standardId: $standardId, municipalityId: $municipalityId) {
      status
      municipality {
        code
      }
      standard {
        id
      }
    }
  }
`);

const Dashboards = graphql(`
  query AdoptionDashboards($standardIds: [ID!]!, $standardId: ID!, $province: String, $first: Int) {
    adoptionMatrix(standardIds: $standardIds, province: $province, first: $first) {
      totalCount
      standards {
        id
      }
      nodes {
        municipality {
          code
        }
        cells {
          standardId
          status
        }
        statuses
        needsReview
      }
    }
    adoptionByProvince(standardId: $standardId) {
      province {
        code
        name
      }
      total
      byStatus {
        status
        count
      }
    }
  }
`);

const OverTime = graphql(`
  query AdoptionOverTime($standardId: ID!, $from: Date!, $to: Date!, $interval: TimeInterval) {
    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: $interval) {
      date
      total
      byStatus {
        status
        count
      }
    }
  }
`);

const MunicipalityAdoptions = graphql(`
  query MunicipalityAdoptions($code: String!) {
    municipality(code: $code) {
      viewerCanEdit
      adoptions {
        status
        standard {
          id
        }
      }
    }
  }
`);

let server: KoersServer;
let standardId: string;
const users: Record<string, SignedInUser> = {};

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
    _id: 'GM0599',
    cbsNumber: '0599',
    name: 'Rotterdam',
    officialName: 'Rotterdam',
    provinceCode: 'PV28',
    province: 'Zuid-Holland',
  });
  await buildMunicipality(models, { _id: 'GM0355', cbsNumber: '0355', name: 'Zeist', officialName: 'Zeist' });
  standardId = String((await buildStandard(models, { name: 'Zaken API' }))._id);
  const cooperation = await buildCooperation(models, ['GM0307', 'GM0355']);
  users.admin = await buildUser(models, { roles: ['ADMIN'] });
  users.ownEditor = await buildEditor(models, 'GM0344');
  users.otherEditor = await buildEditor(models, 'GM0599');
  users.cooperationEditor = await buildUser(models, {
    roles: ['MUNICIPALITY_EDITOR'],
    municipalityId: 'GM0307',
    cooperationId: cooperation._id,
  });
  users.manager = await buildUser(models, { roles: ['MANAGER'], municipalityId: 'GM0344' });
  users.reader = await buildUser(models, { municipalityId: 'GM0344' });
});
afterAll(() => server.close());

function input(overrides: Record<string, unknown> = {}) {
  return {
    municipalityId: 'GM0344',
    standardId,
    status: 'PLANNED' as const,
    targetDate: '2026-12-31',
    ...overrides,
  };
}

describe('updateAdoption', () => {
  it('writes the record, appends history and answers the documented shape', async () => {
    const editor = users.ownEditor!;
    const first = await graphqlData(server.url, UpdateAdoption, { input: input() }, { token: editor.token });
    expect(first.updateAdoption.adoption).toMatchObject({
      status: 'PLANNED',
      targetDate: '2026-12-31',
      municipality: { code: 'GM0344' },
      standard: { id: standardId },
      updatedBy: { id: editor.id },
      viewerCanEdit: true,
      needsReview: false,
    });
    const second = await graphqlData(
      server.url,
      UpdateAdoption,
      { input: input({ status: 'ADOPTED', adoptedVersion: '1.5.0', targetDate: null }) },
      { token: editor.token },
    );
    const adoption = second.updateAdoption.adoption;
    expect(adoption.id).toBe(first.updateAdoption.adoption.id);
    expect(adoption.adoptedVersion).toBe('1.5.0');
    expect(adoption.history.map((h) => h.status)).toEqual(['PLANNED', 'ADOPTED']);
    expect(adoption.history[1]?.by).toEqual({ id: editor.id, name: 'Test Gebruiker' });
    const audit = await server.runtime.models.AuditEvent.find({ subjectId: adoption.id }).lean();
    expect(audit.map((a) => a.action)).toEqual(['adoption:update', 'adoption:update']);
    expect(audit[1]?.before).toMatchObject({ status: 'PLANNED' });
  });

  it.each([
    ['admin', 'GM0599', true],
    ['ownEditor', 'GM0344', true],
    ['otherEditor', 'GM0344', false],
    ['cooperationEditor', 'GM0355', true],
    ['cooperationEditor', 'GM0344', false],
    ['manager', 'GM0344', false],
    ['reader', 'GM0344', false],
  ])('role matrix: %s for %s → allowed %s', async (who, municipalityId, allowed) => {
    const { body } = await graphqlRequest(
      server.url,
      UpdateAdoption,
      { input: input({ municipalityId, status: 'IN_PROGRESS' }) },
      { token: users[who]!.token },
    );
    if (allowed) {
      expect(body.errors).toBeUndefined();
      expect(body.data?.updateAdoption.adoption.municipality.code).toBe(municipalityId);
    } else {
      expect(firstErrorCode(body)).toBe('FORBIDDEN');
    }
  });

  it('is UNAUTHENTICATED when signed out', async () => {
    const { body } = await graphqlRequest(server.url, UpdateAdoption, { input: input() });
    expect(firstErrorCode(body)).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ municipalityId: 'Utrecht' }, 'municipalityId'],
    [{ standardId: 'not-an-id' }, 'standardId'],
    [{ targetDate: '2026-02-30' }, null],
    [{ note: 'x'.repeat(4001) }, 'note'],
    [{ adoptedVersion: 'v'.repeat(51) }, 'adoptedVersion'],
    [{ status: 'EXPLAINED', note: '   ' }, 'note'],
    [{ status: 'EXPLAINED' }, 'note'],
  ])('refuses bad input %j with BAD_USER_INPUT', async (overrides, field) => {
    const { body } = await graphqlRequest(
      server.url,
      UpdateAdoption,
      { input: input(overrides) },
      { token: users.admin!.token },
    );
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    if (field) expect(body.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('accepts EXPLAINED with an explanation (pas toe of leg uit)', async () => {
    const data = await graphqlData(
      server.url,
      UpdateAdoption,
      {
        input: input({
          municipalityId: 'GM0599',
          status: 'EXPLAINED',
          note: 'Leverancier ondersteunt het nog niet.',
        }),
      },
      { token: users.otherEditor!.token },
    );
    expect(data.updateAdoption.adoption).toMatchObject({
      status: 'EXPLAINED',
      note: 'Leverancier ondersteunt het nog niet.',
    });
  });

  it('refuses new reports for an ended (merged) municipality, keeping its record readable', async () => {
    const models = server.runtime.models;
    await buildMunicipality(models, {
      _id: 'GM0998',
      cbsNumber: '0998',
      name: 'Opgeheven',
      officialName: 'Opgeheven',
      validUntil: '2024-01-01',
      mergedInto: 'GM0344',
    });
    await models.Adoption.create({ municipalityId: 'GM0998', standardId, status: 'ADOPTED' });
    const { body } = await graphqlRequest(
      server.url,
      UpdateAdoption,
      { input: input({ municipalityId: 'GM0998', status: 'PLANNED' }) },
      { token: users.admin!.token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityId' });
    const kept = await graphqlData(server.url, Adoptions, { municipalityId: 'GM0998' });
    expect(kept.adoptions.nodes).toEqual([{ status: 'ADOPTED', municipality: { code: 'GM0998' } }]);
  });

  it('is NOT_FOUND for a standard that does not exist', async () => {
    const { body } = await graphqlRequest(
      server.url,
      UpdateAdoption,
      { input: input({ standardId: '0123456789abcdef01234567' }) },
      { token: users.admin!.token },
    );
    expect(firstErrorCode(body)).toBe('NOT_FOUND');
  });

  it('loses nothing saved: refused writes leave the record and its history untouched', async () => {
    const models = server.runtime.models;
    const before = await models.Adoption.findOne({ municipalityId: 'GM0344', standardId }).lean();
    await graphqlRequest(
      server.url,
      UpdateAdoption,
      { input: input({ status: 'EXPLAINED' }) },
      { token: users.ownEditor!.token },
    );
    await graphqlRequest(
      server.url,
      UpdateAdoption,
      { input: input({ status: 'NOT_STARTED' }) },
      { token: users.reader!.token },
    );
    await graphqlRequest(server.url, UpdateAdoption, { input: input({ status: 'NOT_STARTED' }) });
    const after = await models.Adoption.findOne({ municipalityId: 'GM0344', standardId }).lean();
    expect(after).toEqual(before);
  });

  it('takes concurrent first reports on one cell: each is kept, none fails', async () => {
    const models = server.runtime.models;
    const fresh = String((await buildStandard(models, { name: 'Gelijktijdige standaard' }))._id);
    const statuses = ['PLANNED', 'IN_PROGRESS', 'ADOPTED', 'PLANNED', 'IN_PROGRESS', 'ADOPTED'] as const;
    const answers = await Promise.all(
      statuses.map((status) =>
        graphqlRequest(
          server.url,
          UpdateAdoption,
          { input: input({ municipalityId: 'GM0599', standardId: fresh, status }) },
          { token: users.admin!.token },
        ),
      ),
    );
    expect(answers.map(({ body }) => body.errors)).toEqual(statuses.map(() => undefined));
    const records = await models.Adoption.find({ municipalityId: 'GM0599', standardId: fresh }).lean();
    expect(records).toHaveLength(1);
    const history = await server.runtime.adoptions.history.entriesOf(records[0]!);
    expect(history.map((entry) => entry.status).sort()).toEqual([...statuses].sort());
  });

  it('writes a report in a few commands, addressing adoption records only by _id', async () => {
    const editor = users.ownEditor!;
    await graphqlData(
      server.url,
      UpdateAdoption,
      { input: input({ status: 'PLANNED' }) },
      { token: editor.token },
    );
    const commands = await commandsDuring(server.runtime.connection, () =>
      graphqlData(
        server.url,
        ReportStatus,
        { input: input({ status: 'IN_PROGRESS' }) },
        { token: editor.token },
      ),
    );
    // The versions, the record, its version bump, its history entry and the audit entry; the viewer,
    // the catalogue, the municipalities and the open review tasks (none) come from memory.
    expect(commands.length, commands.map(describeCommand).join(', ')).toBeLessThanOrEqual(5);
    expect(commands.filter((c) => collectionOf(c) === 'reviewTasks')).toEqual([]);
    const onAdoptions = commands.filter(
      (c) => collectionOf(c) === 'adoptions' && ['find', 'findAndModify', 'update'].includes(c.commandName),
    );
    expect(onAdoptions.map((c) => c.commandName)).toEqual(['findAndModify']);
    expect(Object.keys(onAdoptions[0]!.command.query as object)).toEqual(['_id']);
    // The entry is inserted as a document of its own, never read back and rewritten.
    const onHistory = commands.filter((c) => collectionOf(c) === 'adoptionHistory');
    expect(onHistory.map((c) => c.commandName)).toEqual(['insert']);
  });

  it('updates a record written behind the read model’s back instead of making a second one', async () => {
    const models = server.runtime.models;
    const other = await buildStandard(models, { name: 'Haal Centraal BRP' });
    // Written with the driver, as another process would before this one's cells learn of it.
    const { insertedId } = await models.Adoption.collection.insertOne({
      municipalityId: 'GM0599',
      standardId: other._id,
      status: 'PLANNED',
      history: [{ status: 'PLANNED', at: new Date('2026-01-05T00:00:00Z') }],
    });
    const data = await graphqlData(
      server.url,
      UpdateAdoption,
      {
        input: input({
          municipalityId: 'GM0599',
          standardId: String(other._id),
          status: 'ADOPTED',
          targetDate: null,
        }),
      },
      { token: users.otherEditor!.token },
    );
    expect(data.updateAdoption.adoption.id).toBe(String(insertedId));
    expect(data.updateAdoption.adoption.history.map((h) => h.status)).toEqual(['PLANNED', 'ADOPTED']);
    expect(await models.Adoption.countDocuments({ municipalityId: 'GM0599', standardId: other._id })).toBe(1);
  });

  it('closes the cell’s review task opened behind its back (as another process would), and only that one', async () => {
    const models = server.runtime.models;
    const openedAt = new Date('2026-11-01T00:00:00Z');
    const task = (municipalityId: string) => ({
      _id: `${municipalityId}:${standardId}`,
      municipalityId,
      standardId,
      version: '3.0',
      openedAt,
    });
    // Through the model, as every writer does: its counter moves, so this server reads the tasks anew.
    await models.ReviewTask.create([task('GM0344'), task('GM0599')]);
    const commands = await commandsDuring(server.runtime.connection, () =>
      graphqlData(
        server.url,
        ReportStatus,
        { input: input({ status: 'ADOPTED' }) },
        { token: users.ownEditor!.token },
      ),
    );
    expect(commands.filter((c) => collectionOf(c) === 'reviewTasks').map((c) => c.commandName)).toEqual([
      'find',
      'find',
      'update',
    ]);
    const tasks = await models.ReviewTask.find({ standardId }).sort({ _id: 1 }).lean().exec();
    expect(
      tasks.map((t) => [t.municipalityId, t.outcome, t.closedByUserId && String(t.closedByUserId)]),
    ).toEqual([
      ['GM0344', 'UPDATED', users.ownEditor!.id],
      ['GM0599', null, null],
    ]);
  });

  it('confirming clears needsReview', async () => {
    const models = server.runtime.models;
    await models.Adoption.updateOne(
      { municipalityId: 'GM0344', standardId },
      { $set: { needsReview: true, reviewVersion: '2.0' } },
    );
    const data = await graphqlData(
      server.url,
      UpdateAdoption,
      { input: input({ status: 'ADOPTED', adoptedVersion: '2.0' }) },
      { token: users.ownEditor!.token },
    );
    expect(data.updateAdoption.adoption.needsReview).toBe(false);
  });
});

describe('adoptions and Municipality.adoptions', () => {
  it('filters, pages and shows the viewer what they may edit', async () => {
    const all = await graphqlData(server.url, Adoptions, { standardId, first: 1 });
    expect(all.adoptions.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.adoptions.pageInfo.hasNextPage).toBe(true);
    const rest = await graphqlData(server.url, Adoptions, {
      standardId,
      first: 100,
      after: all.adoptions.pageInfo.endCursor,
    });
    expect(rest.adoptions.nodes).toHaveLength(all.adoptions.totalCount - 1);
    expect(rest.adoptions.pageInfo.hasNextPage).toBe(false);
    const explained = await graphqlData(server.url, Adoptions, { status: 'EXPLAINED' });
    expect(explained.adoptions.nodes.map((n) => n.municipality.code)).toEqual(['GM0599']);
    const mine = await graphqlData(
      server.url,
      MunicipalityAdoptions,
      { code: 'GM0344' },
      { token: users.ownEditor!.token },
    );
    expect(mine.municipality?.viewerCanEdit).toBe(true);
    expect(mine.municipality?.adoptions).toEqual([{ status: 'ADOPTED', standard: { id: standardId } }]);
    const asReader = await graphqlData(
      server.url,
      MunicipalityAdoptions,
      { code: 'GM0344' },
      { token: users.reader!.token },
    );
    expect(asReader.municipality?.viewerCanEdit).toBe(false);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'bm9wZQ' }, 'after'],
    [{ standardId: 'zzz' }, 'standardId'],
    [{ municipalityId: 'GM12' }, 'municipalityId'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, field) => {
    const { body } = await graphqlRequest(server.url, Adoptions, variables);
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe('dashboards', () => {
  it('adoptionMatrix fills missing cells with NOT_STARTED, and provinces sum to the total', async () => {
    const other = String((await buildStandard(server.runtime.models))._id);
    const data = await graphqlData(server.url, Dashboards, {
      standardIds: [standardId, other],
      standardId,
      province: 'PV26',
      first: 10,
    });
    expect(data.adoptionMatrix.totalCount).toBe(3);
    expect(data.adoptionMatrix.standards.map((s) => s.id)).toEqual([standardId, other]);
    const utrecht = data.adoptionMatrix.nodes.find((n) => n.municipality.code === 'GM0344');
    expect(utrecht?.cells).toEqual([
      { standardId, status: 'ADOPTED' },
      { standardId: other, status: 'NOT_STARTED' },
    ]);
    expect(utrecht?.statuses).toEqual(['ADOPTED', 'NOT_STARTED']);
    expect(utrecht?.needsReview).toEqual([false, false]);
    const current = await server.runtime.models.Municipality.countDocuments({ validUntil: null });
    const total = data.adoptionByProvince.reduce((sum, p) => sum + p.total, 0);
    expect(total).toBe(current);
    for (const province of data.adoptionByProvince) {
      expect(province.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(province.total);
    }
    const zh = data.adoptionByProvince.find((p) => p.province.code === 'PV28');
    expect(zh?.byStatus.find((s) => s.status === 'EXPLAINED')?.count).toBe(1);
  });

  it('adoptionMatrix pages are cached only until an adoption changes', async () => {
    const other = String((await buildStandard(server.runtime.models))._id);
    const variables = { standardIds: [other], standardId: other, province: 'PV26', first: 10 };
    const statusOf = async () => {
      const data = await graphqlData(server.url, Dashboards, variables);
      return data.adoptionMatrix.nodes.find((n) => n.municipality.code === 'GM0344')?.statuses;
    };
    expect(await statusOf()).toEqual(['NOT_STARTED']);
    await server.runtime.models.Adoption.create({
      municipalityId: 'GM0344',
      standardId: other,
      status: 'PLANNED',
      history: [{ status: 'PLANNED', at: new Date() }],
    });
    expect(await statusOf()).toEqual(['PLANNED']);
  });

  it('adoptionOverTime replays history per month end', async () => {
    const models = server.runtime.models;
    const trend = String((await buildStandard(models))._id);
    await models.Adoption.create({
      municipalityId: 'GM0355',
      standardId: trend,
      status: 'ADOPTED',
      history: [
        { status: 'PLANNED', at: new Date('2024-02-10T10:00:00Z') },
        { status: 'ADOPTED', at: new Date('2024-04-30T20:00:00Z') },
      ],
    });
    const data = await graphqlData(server.url, OverTime, {
      standardId: trend,
      from: '2024-01-01',
      to: '2024-05-15',
    });
    const points = data.adoptionOverTime;
    expect(points.map((p) => p.date)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-15',
    ]);
    const count = (i: number, status: string) => points[i]?.byStatus.find((s) => s.status === status)?.count;
    expect(count(0, 'PLANNED')).toBe(0);
    expect(count(1, 'PLANNED')).toBe(1);
    expect(count(3, 'ADOPTED')).toBe(1);
    expect(count(3, 'PLANNED')).toBe(0);
    for (const point of points) expect(point.byStatus.reduce((s, b) => s + b.count, 0)).toBe(point.total);
    const yearly = await graphqlData(server.url, OverTime, {
      standardId: trend,
      from: '2020-03-01',
      to: '2026-06-30',
      interval: 'YEAR',
    });
    expect(yearly.adoptionOverTime.map((p) => p.date)).toEqual([
      '2020-12-31',
      '2021-12-31',
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-06-30',
    ]);
    const bad = await graphqlRequest(server.url, OverTime, {
      standardId: trend,
      from: '2025-01-01',
      to: '2024-01-01',
    });
    expect(firstErrorCode(bad.body)).toBe('BAD_USER_INPUT');
  });
});

describe('adoptionChanged', () => {
  it('delivers changes over graphql-ws, honouring the filters', async () => {
    const client = subscriptionClient(server.port);
    try {
      const subscribed = whenSubscribed(server.runtime, ADOPTION_CHANGED);
      const live = subscribe(client, AdoptionChanged, { standardId, municipalityId: 'GM0307' });
      await subscribed;
      // A change elsewhere must not be delivered; the matching one after it must be.
      await graphqlData(
        server.url,
        UpdateAdoption,
        { input: input({ status: 'IN_PROGRESS' }) },
        { token: users.ownEditor!.token },
      );
      await graphqlData(
        server.url,
        UpdateAdoption,
        { input: input({ municipalityId: 'GM0307', status: 'ADOPTED' }) },
        { token: users.cooperationEditor!.token },
      );
      const event = await live.next();
      expect(event.data?.adoptionChanged).toEqual({
        status: 'ADOPTED',
        municipality: { code: 'GM0307' },
        standard: { id: standardId },
      });
      live.stop();
    } finally {
      await client.dispose();
    }
  });
});

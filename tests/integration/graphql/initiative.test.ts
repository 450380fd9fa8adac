import type { Topic } from '../../../server/events/topics';
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { KoersServer } from '../../../server/app';
import { buildEditor, buildMunicipality, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import type { InitiativeChangedSubscription } from '../../support/gql/graphql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { buildTestStandard } from '../../support/initiatives';
import { startTestServer } from '../../support/server';

const CreateInitiative = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
        title
        status
        deadline
        owner {
          id
        }
        standardIds
        standards {
          id
          slug
          name
        }
        participants {
          municipality {
            id
          }
          status
        }
        expectedBenefit {
          hoursPerYear
          eurosPerYear
          citizensReached
        }
        nextStatuses
      }
    }
  }
`);

const UpdateInitiative = graphql(`
  mutation UpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      initiative {
        id
        title
        deadline
        participants {
          municipality {
            id
          }
          status
        }
      }
    }
  }
`);

const UpdateInitiativeStatus = graphql(`
  mutation UpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {
    updateInitiativeStatus(input: $input) {
      initiative {
        status
        stopReason
      }
    }
  }
`);

const UpdateRollout = graphql(`
  mutation UpdateRollout($input: UpdateRolloutInput!) {
    updateRollout(input: $input) {
      initiative {
        participants {
          municipality {
            id
          }
          status
          startedOn
          liveOn
        }
      }
    }
  }
`);

const RecordRealisedBenefit = graphql(`
  mutation RecordRealisedBenefit($input: RecordRealisedBenefitInput!) {
    recordRealisedBenefit(input: $input) {
      initiative {
        realisedBenefits {
          date
          hoursPerYear
          eurosPerYear
          citizensReached
          note
          recordedBy {
            id
          }
        }
        latestRealisedBenefit {
          date
        }
      }
    }
  }
`);

const InitiativeQuery = graphql(`
  query Initiative($id: ID!) {
    initiative(id: $id) {
      id
      title
      status
      overdue
      viewerCanEdit
    }
  }
`);

const Initiatives = graphql(`
  query Initiatives(
    $first: Int
    $after: String
    $status: InitiativeStatus
    $standardId: ID
    $municipalityId: ID
    $overdue: Boolean
  ) {
    initiatives(
      first: $first
      after: $after
      status: $status
      standardId: $standardId
      municipalityId: $municipalityId
      overdue: $overdue
    ) {
      totalCount
      nodes {
        id
        title
        deadline
        overdue
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Dashboard = graphql(`
  query InitiativeDashboard($filter: InitiativeDashboardFilter) {
    initiativeDashboard(filter: $filter) {
      total
      byStatus {
        status
        count
      }
      overdueCount
      benefit {
        expectedHoursPerYear
        realisedHoursPerYear
        expectedEurosPerYear
        realisedEurosPerYear
      }
      deadlinesNext90Days {
        id
        title
        deadline
      }
    }
  }
`);

const AuditLog = graphql(`
  query AuditLog($subjectId: ID!, $first: Int, $after: String) {
    auditLog(subjectId: $subjectId, first: $first, after: $after) {
      totalCount
      nodes {
        actor {
          id
          name
        }
        action
        at
        before
        after
      }
    }
  }
`);

const InitiativeChanged = graphql(`
  subscription InitiativeChanged($id: ID) {
    initiativeChanged(id: $id) {
      kind
      municipality {
        id
      }
      initiative {
        id
        participants {
          municipality {
            id
          }
          status
        }
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let manager: SignedInUser;
let utrechtEditor: SignedInUser;
let amsterdamEditor: SignedInUser;
let reader: SignedInUser;
let standard: { id: string; slug: string; name: string };

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0363',
    cbsNumber: '0363',
    name: 'Amsterdam',
    officialName: 'Amsterdam',
  });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  manager = await buildUser(models, { roles: ['MANAGER'], name: 'Mo Manager' });
  utrechtEditor = await buildEditor(models, 'GM0344');
  amsterdamEditor = await buildEditor(models, 'GM0363');
  reader = await buildUser(models);
  standard = await buildTestStandard(models, 'zaken-api', 'Zaken API');
});
afterAll(() => server.close());

async function create(token: string, input: Partial<Parameters<typeof baseInput>[0]> = {}) {
  const data = await graphqlData(server.url, CreateInitiative, { input: baseInput(input) }, { token });
  return data.createInitiative.initiative;
}

function baseInput(overrides: Record<string, unknown>) {
  return {
    title: 'Digitale aangifte verhuizen',
    deadline: '2030-12-31',
    municipalityIds: ['GM0344', 'GM0363'],
    ...overrides,
  } as { title: string; deadline: string; municipalityIds?: string[] };
}

describe('createInitiative', () => {
  it('creates an IDEA owned by the manager, with participants NOT_STARTED and linked standards', async () => {
    const initiative = await create(manager.token, {
      description: 'Een quick win',
      standardIds: [standard.id],
      expectedBenefit: { hoursPerYear: 1200, eurosPerYear: 50000.5 },
    } as never);
    expect(initiative).toMatchObject({
      status: 'IDEA',
      deadline: '2030-12-31',
      owner: { id: manager.id },
      standardIds: [standard.id],
      standards: [{ id: standard.id, slug: 'zaken-api', name: 'Zaken API' }],
      participants: [
        { municipality: { id: 'GM0344' }, status: 'NOT_STARTED' },
        { municipality: { id: 'GM0363' }, status: 'NOT_STARTED' },
      ],
      expectedBenefit: { hoursPerYear: 1200, eurosPerYear: 50000.5, citizensReached: null },
      nextStatuses: ['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'STOPPED'],
    });
    const read = await graphqlData(
      server.url,
      InitiativeQuery,
      { id: initiative.id },
      { token: reader.token },
    );
    expect(read.initiative).toMatchObject({ title: 'Digitale aangifte verhuizen', viewerCanEdit: false });
  });

  it('lets ADMIN and MANAGER create; editors and readers are FORBIDDEN, signed out UNAUTHENTICATED', async () => {
    const input = baseInput({});
    for (const user of [admin, manager]) {
      const { body } = await graphqlRequest(server.url, CreateInitiative, { input }, { token: user.token });
      expect(body.errors).toBeUndefined();
    }
    for (const user of [utrechtEditor, reader]) {
      const { body } = await graphqlRequest(server.url, CreateInitiative, { input }, { token: user.token });
      expect(firstErrorCode(body)).toBe('FORBIDDEN');
    }
    const { body } = await graphqlRequest(server.url, CreateInitiative, { input });
    expect(firstErrorCode(body)).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and saves nothing', async () => {
    const before = await server.runtime.models.Initiative.countDocuments();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'x' }, 'title'],
      [{ standardIds: ['not-an-id'] }, 'standardIds.0'],
      [{ standardIds: ['0123456789abcdef01234567'] }, 'standardIds.0'],
      [{ municipalityIds: ['GM0344', 'Utrecht'] }, 'municipalityIds.1'],
      [{ municipalityIds: ['GM9999'] }, 'municipalityIds.0'],
      [{ expectedBenefit: { hoursPerYear: -1 } }, 'expectedBenefit.hoursPerYear'],
      [{ description: 'x'.repeat(10_001) }, 'description'],
    ];
    for (const [overrides, field] of cases) {
      const { body } = await graphqlRequest(
        server.url,
        CreateInitiative,
        { input: baseInput(overrides) },
        { token: manager.token },
      );
      expect(firstErrorCode(body), field).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field, JSON.stringify(overrides)).toBe(field);
    }
    const badDate = await graphqlRequest(
      server.url,
      CreateInitiative,
      { input: baseInput({ deadline: '2030-02-30' }) },
      { token: manager.token },
    );
    expect(firstErrorCode(badDate.body)).toBe('BAD_USER_INPUT');
    expect(await server.runtime.models.Initiative.countDocuments()).toBe(before);
  });
});

describe('updateInitiativeStatus', () => {
  it('moves forward (skipping steps), refuses backwards and out of DELIVERED', async () => {
    const { id } = await create(manager.token);
    const move = (status: string, reason?: string) =>
      graphqlRequest(
        server.url,
        UpdateInitiativeStatus,
        { input: { id, status: status as never, reason } },
        { token: manager.token },
      );
    expect((await move('IN_PROGRESS')).body.data?.updateInitiativeStatus.initiative.status).toBe(
      'IN_PROGRESS',
    );
    const back = await move('PLANNED');
    expect(firstErrorCode(back.body)).toBe('BAD_USER_INPUT');
    expect(back.body.errors?.[0]?.extensions?.field).toBe('status');
    expect((await move('DELIVERED')).body.data?.updateInitiativeStatus.initiative.status).toBe('DELIVERED');
    for (const status of ['IDEA', 'STOPPED', 'DELIVERED']) {
      const { body } = await move(status, 'reden');
      expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field).toBe('status');
    }
    const stored = await server.runtime.models.Initiative.findById(id).lean();
    expect(stored?.status).toBe('DELIVERED');
  });

  it('stops only with a reason, and STOPPED is final', async () => {
    const { id } = await create(admin.token);
    const noReason = await graphqlRequest(
      server.url,
      UpdateInitiativeStatus,
      { input: { id, status: 'STOPPED' } },
      { token: admin.token },
    );
    expect(firstErrorCode(noReason.body)).toBe('BAD_USER_INPUT');
    expect(noReason.body.errors?.[0]?.extensions?.field).toBe('reason');
    const stopped = await graphqlData(
      server.url,
      UpdateInitiativeStatus,
      { input: { id, status: 'STOPPED', reason: 'Geen budget' } },
      { token: admin.token },
    );
    expect(stopped.updateInitiativeStatus.initiative).toEqual({
      status: 'STOPPED',
      stopReason: 'Geen budget',
    });
    const again = await graphqlRequest(
      server.url,
      UpdateInitiativeStatus,
      { input: { id, status: 'PLANNED' } },
      { token: admin.token },
    );
    expect(firstErrorCode(again.body)).toBe('BAD_USER_INPUT');
  });

  it('is FORBIDDEN for editors and readers, UNAUTHENTICATED signed out, NOT_FOUND for an unknown id', async () => {
    const { id } = await create(manager.token);
    const input = { id, status: 'PLANNED' as const };
    for (const user of [utrechtEditor, reader]) {
      const { body } = await graphqlRequest(
        server.url,
        UpdateInitiativeStatus,
        { input },
        { token: user.token },
      );
      expect(firstErrorCode(body)).toBe('FORBIDDEN');
    }
    expect(firstErrorCode((await graphqlRequest(server.url, UpdateInitiativeStatus, { input })).body)).toBe(
      'UNAUTHENTICATED',
    );
    const unknown = await graphqlRequest(
      server.url,
      UpdateInitiativeStatus,
      { input: { ...input, id: '0123456789abcdef01234567' } },
      { token: manager.token },
    );
    expect(firstErrorCode(unknown.body)).toBe('NOT_FOUND');
    const malformed = await graphqlRequest(
      server.url,
      UpdateInitiativeStatus,
      { input: { ...input, id: 'abc' } },
      { token: manager.token },
    );
    expect(firstErrorCode(malformed.body)).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0]?.extensions?.field).toBe('id');
  });
});

describe('updateRollout', () => {
  it('lets an editor change only their own municipality, managers and admins any', async () => {
    const { id } = await create(manager.token);
    const rollout = (user: SignedInUser | null, municipalityId: string, status: string) =>
      graphqlRequest(
        server.url,
        UpdateRollout,
        { input: { initiativeId: id, municipalityId, status: status as never } },
        user ? { token: user.token } : {},
      );
    const own = await rollout(utrechtEditor, 'GM0344', 'LIVE');
    expect(own.body.errors).toBeUndefined();
    const utrecht = own.body.data?.updateRollout.initiative.participants.find(
      (p) => p.municipality.id === 'GM0344',
    );
    expect(utrecht?.status).toBe('LIVE');
    expect(utrecht?.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(utrecht?.liveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect(firstErrorCode((await rollout(amsterdamEditor, 'GM0344', 'WITHDRAWN')).body)).toBe('FORBIDDEN');
    expect(firstErrorCode((await rollout(utrechtEditor, 'GM0363', 'LIVE')).body)).toBe('FORBIDDEN');
    expect(firstErrorCode((await rollout(reader, 'GM0344', 'LIVE')).body)).toBe('FORBIDDEN');
    expect(firstErrorCode((await rollout(null, 'GM0344', 'LIVE')).body)).toBe('UNAUTHENTICATED');
    expect((await rollout(manager, 'GM0363', 'PREPARING')).body.errors).toBeUndefined();
    expect((await rollout(admin, 'GM0363', 'LIVE')).body.errors).toBeUndefined();
    const malformed = await rollout(manager, 'Amsterdam', 'LIVE');
    expect(malformed.body.errors?.[0]?.extensions?.field).toBe('municipalityId');

    const stored = await server.runtime.models.Initiative.findById(id).lean();
    expect(stored?.participants.map((p) => [p.municipalityId, p.status])).toEqual([
      ['GM0344', 'LIVE'],
      ['GM0363', 'LIVE'],
    ]);
  });
});

describe('updateInitiative and recordRealisedBenefit', () => {
  it('edits fields and participants, logs benefit, and records every change in the audit log', async () => {
    const { id } = await create(manager.token, { municipalityIds: ['GM0344'] });
    const updated = await graphqlData(
      server.url,
      UpdateInitiative,
      { input: { id, title: 'Nieuwe titel', deadline: '2031-01-31', addMunicipalityIds: ['GM0363'] } },
      { token: manager.token },
    );
    expect(updated.updateInitiative.initiative).toMatchObject({
      title: 'Nieuwe titel',
      deadline: '2031-01-31',
      participants: [{ municipality: { id: 'GM0344' } }, { municipality: { id: 'GM0363' } }],
    });
    const benefit = (date: string, hoursPerYear: number) =>
      graphqlData(
        server.url,
        RecordRealisedBenefit,
        { input: { initiativeId: id, date, hoursPerYear, note: 'meting' } },
        { token: manager.token },
      );
    await benefit('2026-03-01', 100);
    const logged = await benefit('2026-01-01', 40);
    expect(logged.recordRealisedBenefit.initiative.realisedBenefits.map((b) => b.date)).toEqual([
      '2026-01-01',
      '2026-03-01',
    ]);
    expect(logged.recordRealisedBenefit.initiative.latestRealisedBenefit?.date).toBe('2026-03-01');
    expect(logged.recordRealisedBenefit.initiative.realisedBenefits[0]?.recordedBy?.id).toBe(manager.id);
    const empty = await graphqlRequest(
      server.url,
      RecordRealisedBenefit,
      { input: { initiativeId: id } },
      { token: manager.token },
    );
    expect(firstErrorCode(empty.body)).toBe('BAD_USER_INPUT');
    const forbidden = await graphqlRequest(
      server.url,
      RecordRealisedBenefit,
      { input: { initiativeId: id, hoursPerYear: 1 } },
      { token: utrechtEditor.token },
    );
    expect(firstErrorCode(forbidden.body)).toBe('FORBIDDEN');

    const log = await graphqlData(server.url, AuditLog, { subjectId: id }, { token: manager.token });
    expect(log.auditLog.totalCount).toBe(4);
    expect(log.auditLog.nodes.map((n) => n.action)).toEqual([
      'initiative:benefit',
      'initiative:benefit',
      'initiative:update',
      'initiative:create',
    ]);
    const [, , update, creation] = log.auditLog.nodes;
    expect(creation?.before).toBeNull();
    expect(creation?.actor).toEqual({ id: manager.id, name: 'Mo Manager' });
    expect(update?.before).toMatchObject({ title: 'Digitale aangifte verhuizen', deadline: '2030-12-31' });
    expect(update?.after).toMatchObject({ title: 'Nieuwe titel', deadline: '2031-01-31' });

    for (const user of [utrechtEditor, reader]) {
      const { body } = await graphqlRequest(server.url, AuditLog, { subjectId: id }, { token: user.token });
      expect(firstErrorCode(body)).toBe('FORBIDDEN');
    }
    expect(firstErrorCode((await graphqlRequest(server.url, AuditLog, { subjectId: id })).body)).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('initiatives', () => {
  it('filters by municipality and standard, pages, and needs a signed-in user', async () => {
    const linked = await create(manager.token, {
      title: 'Gekoppeld aan Zaken API',
      standardIds: [standard.id],
      municipalityIds: ['GM0363'],
    } as never);
    const byStandard = await graphqlData(
      server.url,
      Initiatives,
      { standardId: standard.id, first: 100 },
      { token: reader.token },
    );
    expect(byStandard.initiatives.nodes.map((n) => n.id)).toContain(linked.id);
    expect(byStandard.initiatives.nodes.every((n) => n.title !== '')).toBe(true);
    const page = await graphqlData(server.url, Initiatives, { first: 2 }, { token: reader.token });
    expect(page.initiatives.nodes).toHaveLength(2);
    expect(page.initiatives.pageInfo.hasNextPage).toBe(true);
    const next = await graphqlData(
      server.url,
      Initiatives,
      { first: 2, after: page.initiatives.pageInfo.endCursor },
      { token: reader.token },
    );
    expect(next.initiatives.nodes[0]?.id).not.toBe(page.initiatives.nodes[0]?.id);
    const bad = await graphqlRequest(
      server.url,
      Initiatives,
      { municipalityId: 'x' },
      { token: reader.token },
    );
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('municipalityId');
    expect(firstErrorCode((await graphqlRequest(server.url, Initiatives, {})).body)).toBe('UNAUTHENTICATED');
  });
});

describe('initiativeChanged', () => {
  let client: Client;
  afterAll(() => client?.dispose());

  it('delivers a rollout change over graphql-ws, resolved through loaders', async () => {
    const { id } = await create(manager.token);
    // Resolves once the server has registered the subscription's listener, so the change below
    // cannot be published before anyone listens (an observation hook, not a mock).
    const pubsub = server.runtime.pubsub;
    const original = pubsub.subscribe.bind(pubsub);
    let listening!: () => void;
    const subscribed = new Promise<void>((resolve) => (listening = resolve));
    pubsub.subscribe = <T extends Topic>(topic: T) => {
      const iterator = original(topic);
      if (topic === 'initiative.changed') listening();
      return iterator;
    };

    client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: amsterdamEditor.token },
    });
    const events = client.iterate<InitiativeChangedSubscription>({
      query: print(InitiativeChanged),
      variables: { id },
    });
    const first = events.next();
    await subscribed;
    pubsub.subscribe = original;

    await graphqlData(
      server.url,
      UpdateRollout,
      { input: { initiativeId: id, municipalityId: 'GM0363', status: 'PREPARING' } },
      { token: amsterdamEditor.token },
    );
    const event = await first;
    expect(event.done).toBe(false);
    expect(event.value?.data?.initiativeChanged).toEqual({
      kind: 'ROLLOUT',
      municipality: { id: 'GM0363' },
      initiative: {
        id,
        participants: [
          { municipality: { id: 'GM0344' }, status: 'NOT_STARTED' },
          { municipality: { id: 'GM0363' }, status: 'PREPARING' },
        ],
      },
    });
    await events.return?.();
  });
});

describe('initiativeDashboard', () => {
  let clocked: KoersServer;
  beforeAll(async () => {
    clocked = await startTestServer({}, { now: () => new Date('2026-06-15T10:00:00Z') });
    await buildMunicipality(clocked.runtime.models);
  });
  afterAll(() => clocked.close());

  it('adds up: byStatus sums to total, overdue against the fixed clock, latest realised benefit', async () => {
    const models = clocked.runtime.models;
    const boss = await buildUser(models, { roles: ['MANAGER'] });
    const viewer = await buildUser(models);
    const make = async (
      title: string,
      deadline: string,
      status: string | null,
      hours: number,
      reason?: string,
    ) => {
      const data = await graphqlData(
        clocked.url,
        CreateInitiative,
        {
          input: {
            title,
            deadline,
            municipalityIds: ['GM0344'],
            expectedBenefit: { hoursPerYear: hours, eurosPerYear: hours * 10 },
          },
        },
        { token: boss.token },
      );
      const id = data.createInitiative.initiative.id;
      if (status) {
        await graphqlData(
          clocked.url,
          UpdateInitiativeStatus,
          { input: { id, status: status as never, reason } },
          { token: boss.token },
        );
      }
      return id;
    };
    const late = await make('Te laat', '2026-06-14', 'IN_PROGRESS', 100);
    await make('Te laat maar geleverd', '2026-01-01', 'DELIVERED', 200);
    await make('Te laat maar gestopt', '2026-01-01', 'STOPPED', 300, 'geen draagvlak');
    const soon = await make('Vandaag', '2026-06-15', 'PLANNED', 0);
    const in90 = await make('Over 90 dagen', '2026-09-13', null, 50);
    await make('Over 91 dagen', '2026-09-14', null, 50);
    const ideaLate = await make('Idee, te laat', '2025-12-31', null, 0);
    for (const [date, hours, euros] of [
      ['2026-01-01', 10, 100],
      ['2026-05-01', 30, 300],
      ['2026-03-01', 20, 200],
    ] as const) {
      await graphqlData(
        clocked.url,
        RecordRealisedBenefit,
        { input: { initiativeId: late, date, hoursPerYear: hours, eurosPerYear: euros } },
        { token: boss.token },
      );
    }

    const { initiativeDashboard: d } = await graphqlData(clocked.url, Dashboard, {}, { token: viewer.token });
    expect(d.total).toBe(7);
    expect(d.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(d.total);
    expect(Object.fromEntries(d.byStatus.map((r) => [r.status, r.count]))).toEqual({
      IDEA: 3,
      PLANNED: 1,
      IN_PROGRESS: 1,
      DELIVERED: 1,
      STOPPED: 1,
    });
    expect(d.overdueCount).toBe(2);
    expect(d.benefit).toEqual({
      expectedHoursPerYear: 700,
      expectedEurosPerYear: 7000,
      realisedHoursPerYear: 30,
      realisedEurosPerYear: 300,
    });
    expect(d.deadlinesNext90Days.map((row) => row.id)).toEqual([soon, in90]);

    const overdue = await graphqlData(clocked.url, Initiatives, { overdue: true }, { token: viewer.token });
    expect(overdue.initiatives.nodes.map((n) => n.id)).toEqual([ideaLate, late]);
    expect(overdue.initiatives.nodes.every((n) => n.overdue)).toBe(true);
    const notOverdue = await graphqlData(
      clocked.url,
      Initiatives,
      { overdue: false },
      { token: viewer.token },
    );
    expect(notOverdue.initiatives.totalCount).toBe(5);

    const filtered = await graphqlData(
      clocked.url,
      Dashboard,
      { filter: { municipalityId: 'GM0363' } },
      { token: viewer.token },
    );
    expect(filtered.initiativeDashboard.total).toBe(0);
    expect(firstErrorCode((await graphqlRequest(clocked.url, Dashboard, {})).body)).toBe('UNAUTHENTICATED');
  });
});

describe('seedInitiatives', () => {
  it('seeds the six real quick wins idempotently, keeping demo state changed in between', async () => {
    const { seedInitiatives } = await import('../../../seeds/initiatives');
    const models = server.runtime.models;
    await seedInitiatives(models);
    const first = await models.Initiative.find({ seedKey: /^quick-win:/ }).lean();
    expect(first.map((i) => i.title)).toContain('Digitale aangifte overlijden');
    expect(first).toHaveLength(6);
    expect(first.every((i) => i.demoNote && i.sources.length > 0)).toBe(true);
    const changed = first.find((i) => i.status !== 'DELIVERED' && i.status !== 'STOPPED');
    await models.Initiative.updateOne(
      { _id: changed?._id },
      { $set: { status: 'STOPPED', stopReason: 'demo' } },
    );
    await seedInitiatives(models);
    const second = await models.Initiative.find({ seedKey: /^quick-win:/ }).lean();
    expect(second.map((i) => String(i._id)).sort()).toEqual(first.map((i) => String(i._id)).sort());
    expect(second.find((i) => String(i._id) === String(changed?._id))?.status).toBe('STOPPED');
  });
});

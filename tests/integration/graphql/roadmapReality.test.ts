import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { documentName } from '../../../common/collab';
import * as Y from 'yjs';
import { addLane, addMilestone, renameLane, updateMilestone } from '../../../common/roadmapDocument';
import { INITIATIVE_CHANGED } from '../../../server/events/topics';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';
import { subscribe, subscriptionClient, whenSubscribed } from '../../support/subscriptionClient';

// Codegen registers the fragment by name; the query and the feed below spread it.
graphql(`
  fragment RealityTestFields on RoadmapReality {
    year
    totals {
      items
      late
      applicable
      adopted
      overdue
      participants
      live
    }
    lanes {
      laneId
      totals {
        items
        late
        applicable
        adopted
      }
    }
    items {
      itemId
      late
      standards {
        standard {
          name
        }
        basis
        applicable
        adopted
        overdue
        hasDeadline
      }
      initiatives {
        initiative {
          title
        }
        live
        participants
      }
    }
  }
`);

const RealityQuery = graphql(`
  query RealityTestQuery($id: ID!) {
    roadmap(id: $id) {
      reality {
        ...RealityTestFields
      }
    }
  }
`);

const RealityFeed = graphql(`
  subscription RealityTestFeed($roadmapId: ID!) {
    roadmapRealityChanged(roadmapId: $roadmapId) {
      ...RealityTestFields
    }
  }
`);

const CreateRoadmap = graphql(`
  mutation RealityTestCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);

const AddItem = graphql(`
  mutation RealityTestAddItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const UpdateItem = graphql(`
  mutation RealityTestUpdateItem($input: UpdateRoadmapItemInput!) {
    updateRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const ReportAdoption = graphql(`
  mutation RealityTestReport($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        status
      }
    }
  }
`);

const UpdateRollout = graphql(`
  mutation RealityTestRollout($input: UpdateRolloutInput!) {
    updateRollout(input: $input) {
      initiative {
        id
      }
    }
  }
`);

const SaveVersion = graphql(`
  mutation RealityTestSaveVersion($roadmapId: ID!, $name: String!) {
    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {
      id
    }
  }
`);

const Compare = graphql(`
  query RealityTestCompare($versionId: ID!) {
    compareRoadmapVersion(versionId: $versionId) {
      changed {
        id
        fields
        fromLane
        toLane
      }
      milestonesAdded {
        title
      }
      milestonesMoved {
        title
        fromDate
        toDate
      }
      lanes {
        renamed {
          fromTitle
          toTitle
        }
      }
      vision {
        changed
        parts {
          kind
          text
        }
      }
      drift {
        kind
        title
        from
        to
        years
        days
      }
    }
  }
`);

let server: KoersServer;
let member: SignedInUser;
let manager: SignedInUser;
let utrechtEditor: SignedInUser;
let amsterdamEditor: SignedInUser;
let roadmapId: string;
let obligedId: string;
let openId: string;
let quickWinId: string;
const items: Record<string, string> = {};

beforeAll(async () => {
  // 2030: items ending in 2029 or before are judged; obligation deadlines in 2029 have passed.
  server = await startTestServer({}, { now: () => new Date('2030-06-01T12:00:00Z') });
  const models = server.runtime.models;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0363',
    cbsNumber: '0363',
    name: 'Amsterdam',
    provinceCode: 'PV27',
  });
  await buildMunicipality(models, {
    _id: 'GM0518',
    cbsNumber: '0518',
    name: "'s-Gravenhage",
    provinceCode: 'PV28',
  });
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  manager = await buildUser(models, { roles: ['MANAGER'] });
  utrechtEditor = await buildEditor(models, 'GM0344');
  amsterdamEditor = await buildEditor(models, 'GM0363');
  const taskforce = await buildTaskforce(models, [member]);
  const obliged = await buildStandard(models, { name: 'Verplicht' });
  const open = await buildStandard(models, { name: 'Vrij' });
  obligedId = String(obliged._id);
  openId = String(open._id);
  const programme = await models.Programme.create({ slug: 'prog', name: 'Programma', owner: 'VNG' });
  await models.Obligation.create({
    programmeId: programme._id,
    key: 'verplicht',
    subject: 'Verplicht',
    standardId: obliged._id,
    bindingLevel: 'VERPLICHT',
    deadline: '2029-12-31',
    scope: 'LIST',
    municipalityIds: ['GM0344', 'GM0363'],
  });
  const quickWin = await models.Initiative.create({
    title: 'Snelle winst',
    deadline: '2031-01-01',
    participants: [
      { municipalityId: 'GM0344', status: 'LIVE', updatedAt: new Date() },
      { municipalityId: 'GM0363', status: 'PREPARING', updatedAt: new Date() },
      { municipalityId: 'GM0518', status: 'WITHDRAWN', updatedAt: new Date() },
    ],
  });
  quickWinId = String(quickWin._id);

  roadmapId = (
    await graphqlData(
      server.url,
      CreateRoadmap,
      {
        input: { taskforceId: String(taskforce._id), title: 'Werkelijkheid', startYear: 2025, endYear: 2034 },
      },
      { token: member.token },
    )
  ).createRoadmap.roadmap.id;
  await server.runtime.documents.with(documentName('roadmap', roadmapId), async (shared) => {
    addLane(shared.doc, { id: 'basis', title: 'Basis' });
    await shared.project();
  });
  const add = async (key: string, input: Record<string, unknown>) => {
    const data = await graphqlData(
      server.url,
      AddItem,
      { input: { roadmapId, title: key, startYear: 2026, ...input } as never },
      { token: member.token },
    );
    items[key] = data.addRoadmapItem.item.id;
  };
  await add('verplicht', { endYear: 2028, laneId: 'basis', standardIds: [obligedId] });
  await add('vrij', { endYear: 2032, laneId: 'basis', standardIds: [openId], initiativeIds: [quickWinId] });
  await add('klaar', { endYear: 2027, status: 'DONE' });
  await add('vergeten', { endYear: 2028, status: 'IN_PROGRESS' });
  await graphqlData(
    server.url,
    ReportAdoption,
    { input: { municipalityId: 'GM0344', standardId: obligedId, status: 'ADOPTED' } },
    { token: utrechtEditor.token },
  );
});
afterAll(async () => {
  await server.close();
});

const reality = async () =>
  (await graphqlData(server.url, RealityQuery, { id: roadmapId }, { token: member.token })).roadmap;

describe('Roadmap.reality', () => {
  it('gives each item the adoption of its standards, the rollout of its quick wins and whether it is late', async () => {
    const roadmap = await reality();
    const byId = new Map(roadmap?.reality.items.map((item) => [item.itemId, item]));
    // Under an obligation for two of the three municipalities: the denominator is those two.
    expect(byId.get(items.verplicht!)).toEqual({
      itemId: items.verplicht,
      late: true,
      standards: [
        {
          standard: { name: 'Verplicht' },
          basis: 'OBLIGATION',
          applicable: 2,
          adopted: 1,
          overdue: 1,
          hasDeadline: true,
        },
      ],
      initiatives: [],
    });
    // No programme asks for it: every current municipality counts; the withdrawn participant does not.
    expect(byId.get(items.vrij!)).toEqual({
      itemId: items.vrij,
      late: false,
      standards: [
        {
          standard: { name: 'Vrij' },
          basis: 'ALL_MUNICIPALITIES',
          applicable: 3,
          adopted: 0,
          overdue: 0,
          hasDeadline: false,
        },
      ],
      initiatives: [{ initiative: { title: 'Snelle winst' }, live: 1, participants: 2 }],
    });
    // Without links the status decides: DONE is on target, anything else past its end year is late.
    expect(byId.get(items.klaar!)?.late).toBe(false);
    expect(byId.get(items.vergeten!)?.late).toBe(true);
  });

  it('sums lanes and the whole roadmap over distinct standards and quick wins', async () => {
    const { reality: r } = (await reality())!;
    expect(r.year).toBe(2030);
    expect(r.totals).toEqual({
      items: 4,
      late: 2,
      applicable: 5,
      adopted: 1,
      overdue: 1,
      participants: 2,
      live: 1,
    });
    expect(r.lanes).toEqual([
      { laneId: 'basis', totals: { items: 2, late: 1, applicable: 5, adopted: 1 } },
      { laneId: null, totals: { items: 2, late: 1, applicable: 0, adopted: 0 } },
    ]);
  });

  it('counts a quick win that names the item from its own side', async () => {
    const other = await server.runtime.models.Initiative.create({
      title: 'Van de andere kant',
      deadline: '2031-01-01',
      roadmapItemIds: [`${roadmapId}:${items.klaar}`],
      participants: [{ municipalityId: 'GM0344', status: 'LIVE', updatedAt: new Date() }],
    });
    try {
      const roadmap = await reality();
      const klaar = roadmap?.reality.items.find((item) => item.itemId === items.klaar);
      expect(klaar?.initiatives).toEqual([
        { initiative: { title: 'Van de andere kant' }, live: 1, participants: 1 },
      ]);
    } finally {
      await server.runtime.models.Initiative.deleteOne({ _id: other._id });
    }
  });

  it('refuses an unknown quick win as a link, keeping the item as it was', async () => {
    const { body } = await graphqlRequest(
      server.url,
      UpdateItem,
      { input: { roadmapId, itemId: items.klaar!, initiativeIds: ['0123456789abcdef01234567'] } },
      { token: member.token },
    );
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe('initiativeIds');
    const roadmap = await reality();
    expect(roadmap?.reality.items.find((item) => item.itemId === items.klaar)?.initiatives).toEqual([]);
  });

  it('is not shown to visitors', async () => {
    const { body } = await graphqlRequest(server.url, RealityQuery, { id: roadmapId });
    expect(firstErrorCode(body)).toBe('UNAUTHENTICATED');
  });
});

describe('roadmapRealityChanged', () => {
  it('pushes new figures when an adoption, a quick win’s rollout or an item’s links change', async () => {
    const client = subscriptionClient(server.port, member.token);
    try {
      // The feed subscribes to the initiatives' topic last: then it listens to all three.
      const subscribed = whenSubscribed(server.runtime, INITIATIVE_CHANGED);
      const live = subscribe(client, RealityFeed, { roadmapId });
      await subscribed;
      type Reality = NonNullable<Awaited<ReturnType<typeof live.next>>['data']>['roadmapRealityChanged'];
      // A signal queued by an earlier change may still arrive first: take the first result showing
      // the change, within a few (the feed keeps at most one signal waiting).
      const showing = async (check: (reality: Reality) => boolean) => {
        for (let seen = 0; seen < 3; seen++) {
          const reality = (await live.next()).data?.roadmapRealityChanged;
          if (reality && check(reality)) return reality;
        }
        throw new Error('the feed never showed the change');
      };
      const item = (reality: Reality, key: string) => reality.items.find((i) => i.itemId === items[key]);

      await graphqlData(
        server.url,
        ReportAdoption,
        { input: { municipalityId: 'GM0363', standardId: obligedId, status: 'ADOPTED' } },
        { token: amsterdamEditor.token },
      );
      const afterAdoption = await showing((r) => item(r, 'verplicht')?.standards[0]?.adopted === 2);
      const verplicht = item(afterAdoption, 'verplicht');
      // Both obliged municipalities adopted: the target is reached, so the item is no longer late.
      expect(verplicht?.standards[0]).toMatchObject({ applicable: 2, adopted: 2, overdue: 0 });
      expect(verplicht?.late).toBe(false);

      await graphqlData(
        server.url,
        UpdateRollout,
        { input: { initiativeId: quickWinId, municipalityId: 'GM0363', status: 'LIVE' } },
        { token: manager.token },
      );
      const afterRollout = await showing((r) => item(r, 'vrij')?.initiatives[0]?.live === 2);
      expect(item(afterRollout, 'vrij')?.initiatives).toEqual([
        { initiative: { title: 'Snelle winst' }, live: 2, participants: 2 },
      ]);

      await graphqlData(
        server.url,
        UpdateItem,
        { input: { roadmapId, itemId: items.vergeten!, standardIds: [openId] } },
        { token: member.token },
      );
      const afterLink = await showing((r) => (item(r, 'vergeten')?.standards.length ?? 0) > 0);
      const vergeten = item(afterLink, 'vergeten');
      expect(vergeten?.standards.map((s) => s.standard.name)).toEqual(['Vrij']);
      expect(vergeten?.late).toBe(true);

      // A quick win that names an item from its own side is followed from its first change on.
      const fromItsSide = await server.runtime.models.Initiative.create({
        title: 'Zijdelings',
        deadline: '2031-01-01',
        roadmapItemIds: [`${roadmapId}:${items.klaar}`],
        participants: [{ municipalityId: 'GM0344', status: 'PREPARING', updatedAt: new Date() }],
      });
      await graphqlData(
        server.url,
        UpdateRollout,
        { input: { initiativeId: String(fromItsSide._id), municipalityId: 'GM0344', status: 'LIVE' } },
        { token: manager.token },
      );
      const afterSide = await showing((r) => (item(r, 'klaar')?.initiatives.length ?? 0) > 0);
      expect(item(afterSide, 'klaar')?.initiatives).toEqual([
        { initiative: { title: 'Zijdelings' }, live: 1, participants: 1 },
      ]);
      live.stop();
    } finally {
      await client.dispose();
    }
  });

  it('refuses visitors with the errors of the query', async () => {
    const client = subscriptionClient(server.port);
    try {
      const result = await subscribe(client, RealityFeed, { roadmapId }).next();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });
});

describe('compareRoadmapVersion', () => {
  it('compares items, milestones, lanes and the vision with a version, and lists the drift', async () => {
    const name = documentName('roadmap', roadmapId);
    const paragraph = (text: string) => {
      const node = new Y.XmlElement('paragraph');
      node.insert(0, [new Y.XmlText(text)]);
      return node;
    };
    await server.runtime.documents.with(name, async (shared) => {
      shared.doc.transact(() => {
        shared.doc
          .getXmlFragment('vision')
          .insert(0, [paragraph('Alle gemeenten werken met open standaarden.')]);
        addMilestone(shared.doc, { id: 'm1', title: 'Besluit', date: '2027-03-01' });
      });
      await shared.project();
    });
    const version = (
      await graphqlData(
        server.url,
        SaveVersion,
        { roadmapId, name: 'Begroting 2026' },
        { token: member.token },
      )
    ).createRoadmapVersion;

    await graphqlData(
      server.url,
      UpdateItem,
      { input: { roadmapId, itemId: items.klaar!, startYear: 2027, endYear: 2029, laneId: 'basis' } },
      { token: member.token },
    );
    await server.runtime.documents.with(name, async (shared) => {
      shared.doc.transact(() => {
        const vision = shared.doc.getXmlFragment('vision');
        vision.delete(0, vision.length);
        vision.insert(0, [paragraph('Alle gemeenten werken samen met open standaarden.')]);
        updateMilestone(shared.doc, 'm1', { date: '2028-09-01' });
        addMilestone(shared.doc, { id: 'm2', title: 'Evaluatie', date: '2030-01-01' });
        renameLane(shared.doc, 'basis', 'Fundament');
      });
      await shared.project();
    });

    const { compareRoadmapVersion: comparison } = await graphqlData(
      server.url,
      Compare,
      { versionId: version.id },
      { token: member.token },
    );
    expect(comparison.changed).toEqual([
      { id: items.klaar, fields: ['LANE', 'YEARS'], fromLane: null, toLane: 'Fundament' },
    ]);
    expect(comparison.milestonesAdded).toEqual([{ title: 'Evaluatie' }]);
    expect(comparison.milestonesMoved).toEqual([
      { title: 'Besluit', fromDate: '2027-03-01', toDate: '2028-09-01' },
    ]);
    expect(comparison.lanes.renamed).toEqual([{ fromTitle: 'Basis', toTitle: 'Fundament' }]);
    expect(comparison.vision.changed).toBe(true);
    expect(comparison.vision.parts.filter((p) => p.kind === 'ADDED').map((p) => p.text.trim())).toEqual([
      'samen',
    ]);
    expect(comparison.drift).toEqual([
      { kind: 'ITEM', title: 'klaar', from: '2027', to: '2029', years: 2, days: null },
      { kind: 'MILESTONE', title: 'Besluit', from: '2027-03-01', to: '2028-09-01', years: 1, days: 550 },
    ]);
  });
});

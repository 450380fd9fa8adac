import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveLane, readRoadmap, removeLane, addLane, addItem } from '../../../common/roadmapDocument';
import type { KoersServer } from '../../../server/app';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const CreateRoadmap = graphql(`
  mutation AdminCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
        title
        startYear
        endYear
        description
        archivedAt
      }
    }
  }
`);

const UpdateRoadmap = graphql(`
  mutation AdminUpdateRoadmap($input: UpdateRoadmapInput!) {
    updateRoadmap(input: $input) {
      roadmap {
        title
        startYear
        endYear
        description
      }
      itemsOutsidePeriod {
        title
        startYear
        endYear
      }
    }
  }
`);

const AddItem = graphql(`
  mutation AdminAddItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const Archive = graphql(`
  mutation AdminArchiveRoadmap($id: ID!) {
    archiveRoadmap(id: $id) {
      archivedAt
    }
  }
`);

const Unarchive = graphql(`
  mutation AdminUnarchiveRoadmap($id: ID!) {
    unarchiveRoadmap(id: $id) {
      archivedAt
    }
  }
`);

const Roadmaps = graphql(`
  query AdminRoadmaps($archived: Boolean) {
    roadmaps(first: 100, archived: $archived) {
      nodes {
        id
      }
    }
  }
`);

const Roadmap = graphql(`
  query AdminRoadmap($id: ID!) {
    roadmap(id: $id) {
      title
      endYear
      items {
        title
      }
    }
  }
`);

let server: KoersServer;
let member: SignedInUser;
let outsider: SignedInUser;
let taskforceId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  outsider = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  taskforceId = String((await buildTaskforce(models, [member], 'Taskforce Beheer'))._id);
});
afterAll(() => server.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  taskforceId,
  title: 'Roadmap Beheer',
  startYear: 2026,
  endYear: 2035,
  ...overrides,
});

describe('createRoadmap', () => {
  it('creates a roadmap of 1 to 15 whole years with a description', async () => {
    const data = await graphqlData(
      server.url,
      CreateRoadmap,
      { input: input({ startYear: 2026, endYear: 2040, description: '  Vijftien jaar  ' }) },
      { token: member.token },
    );
    expect(data.createRoadmap.roadmap).toMatchObject({
      title: 'Roadmap Beheer',
      startYear: 2026,
      endYear: 2040,
      description: 'Vijftien jaar',
      archivedAt: null,
    });
    const single = await graphqlData(
      server.url,
      CreateRoadmap,
      { input: input({ startYear: 2027, endYear: 2027 }) },
      { token: member.token },
    );
    expect(single.createRoadmap.roadmap.endYear).toBe(2027);
  });

  it('refuses a signed-out visitor and a member of another taskforce', async () => {
    const anonymous = await graphqlRequest(server.url, CreateRoadmap, { input: input() });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const other = await graphqlRequest(
      server.url,
      CreateRoadmap,
      { input: input() },
      { token: outsider.token },
    );
    expect(firstErrorCode(other.body)).toBe('FORBIDDEN');
  });

  it('names the field of a bad period: more than 15 years, reversed, not a whole year', async () => {
    for (const [overrides, field] of [
      [{ startYear: 2026, endYear: 2041 }, 'endYear'],
      [{ startYear: 2030, endYear: 2029 }, 'endYear'],
      [{ startYear: 1999 }, 'startYear'],
      [{ title: '  ' }, 'title'],
      [{ taskforceId: 'nope' }, 'taskforceId'],
    ] as const) {
      const { body } = await graphqlRequest(
        server.url,
        CreateRoadmap,
        { input: input(overrides) },
        { token: member.token },
      );
      expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field).toBe(field);
    }
  });
});

describe('updateRoadmap', () => {
  it('shortens the period without losing items and lists the ones outside it', async () => {
    const { id } = (await graphqlData(server.url, CreateRoadmap, { input: input() }, { token: member.token }))
      .createRoadmap.roadmap;
    await graphqlData(
      server.url,
      AddItem,
      { input: { roadmapId: id, title: 'Laat onderdeel', startYear: 2033, endYear: 2035 } },
      { token: member.token },
    );
    await graphqlData(
      server.url,
      AddItem,
      { input: { roadmapId: id, title: 'Vroeg onderdeel', startYear: 2026, endYear: 2027 } },
      { token: member.token },
    );
    const data = await graphqlData(
      server.url,
      UpdateRoadmap,
      { input: { id, title: 'Korter', endYear: 2030, description: 'Ingekort' } },
      { token: member.token },
    );
    expect(data.updateRoadmap.roadmap).toEqual({
      title: 'Korter',
      startYear: 2026,
      endYear: 2030,
      description: 'Ingekort',
    });
    expect(data.updateRoadmap.itemsOutsidePeriod).toEqual([
      { title: 'Laat onderdeel', startYear: 2033, endYear: 2035 },
    ]);
    const read = await graphqlData(server.url, Roadmap, { id }, { token: outsider.token });
    expect(read.roadmap?.endYear).toBe(2030);
    expect(read.roadmap?.items.map((item) => item.title).sort()).toEqual([
      'Laat onderdeel',
      'Vroeg onderdeel',
    ]);
  });

  it('refuses signed out, other taskforces and a period over 15 years; nothing changes', async () => {
    const { id } = (await graphqlData(server.url, CreateRoadmap, { input: input() }, { token: member.token }))
      .createRoadmap.roadmap;
    const anonymous = await graphqlRequest(server.url, UpdateRoadmap, { input: { id, title: 'X' } });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const other = await graphqlRequest(
      server.url,
      UpdateRoadmap,
      { input: { id, title: 'X' } },
      { token: outsider.token },
    );
    expect(firstErrorCode(other.body)).toBe('FORBIDDEN');
    const long = await graphqlRequest(
      server.url,
      UpdateRoadmap,
      { input: { id, startYear: 2020 } },
      { token: member.token },
    );
    expect(firstErrorCode(long.body)).toBe('BAD_USER_INPUT');
    expect(long.body.errors?.[0]?.extensions?.field).toBe('endYear');
    const read = await graphqlData(server.url, Roadmap, { id }, { token: member.token });
    expect(read.roadmap).toMatchObject({ title: 'Roadmap Beheer', endYear: 2035 });
  });
});

describe('archiveRoadmap and unarchiveRoadmap', () => {
  it('moves a roadmap out of the current list and back, for its editors only', async () => {
    const { id } = (await graphqlData(server.url, CreateRoadmap, { input: input() }, { token: member.token }))
      .createRoadmap.roadmap;
    const refused = await graphqlRequest(server.url, Archive, { id }, { token: outsider.token });
    expect(firstErrorCode(refused.body)).toBe('FORBIDDEN');
    const archived = await graphqlData(server.url, Archive, { id }, { token: member.token });
    expect(archived.archiveRoadmap.archivedAt).toEqual(expect.any(String));
    const ids = async (archivedList: boolean) =>
      (
        await graphqlData(server.url, Roadmaps, { archived: archivedList }, { token: outsider.token })
      ).roadmaps.nodes.map((r) => r.id);
    expect(await ids(false)).not.toContain(id);
    expect(await ids(true)).toContain(id);
    await graphqlData(server.url, Unarchive, { id }, { token: member.token });
    expect(await ids(false)).toContain(id);
    expect(await ids(true)).not.toContain(id);
  });
});

describe('lanes in the document', () => {
  it('reorders a lane and removes one, moving its items to another lane or to none', () => {
    const doc = new Y.Doc();
    for (const id of ['a', 'b', 'c']) addLane(doc, { id, title: id.toUpperCase() });
    const item = { title: 'x', startYear: 2026, endYear: 2027, status: null, standardIds: [], owner: null };
    addItem(doc, { ...item, id: 'i1', laneId: 'a' });
    addItem(doc, { ...item, id: 'i2', laneId: 'b' });
    expect(moveLane(doc, 'c', 0)).toBe(true);
    expect(readRoadmap(doc).lanes.map((l) => l.id)).toEqual(['c', 'a', 'b']);
    expect(removeLane(doc, 'a', 'c')).toBe(true);
    expect(removeLane(doc, 'b', null)).toBe(true);
    const content = readRoadmap(doc);
    expect(content.lanes.map((l) => l.id)).toEqual(['c']);
    expect(content.items.map((i) => [i.id, i.laneId])).toEqual([
      ['i1', 'c'],
      ['i2', null],
    ]);
    expect(removeLane(doc, 'missing', null)).toBe(false);
  });
});

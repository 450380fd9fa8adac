import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { KoersServer } from '../../../server/app';
import { clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { commandsDuring, describeCommand } from '../../support/commands';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

const CreateRoadmap = graphql(`
  mutation CreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
        title
        viewerCanEdit
      }
    }
  }
`);

const AddItem = graphql(`
  mutation AddRoadmapItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
        title
      }
    }
  }
`);

const UpdateItem = graphql(`
  mutation UpdateRoadmapItem($input: UpdateRoadmapItemInput!) {
    updateRoadmapItem(input: $input) {
      item {
        id
        startYear
        endYear
      }
    }
  }
`);

const RemoveItem = graphql(`
  mutation RemoveRoadmapItem($input: RemoveRoadmapItemInput!) {
    removeRoadmapItem(input: $input) {
      itemId
    }
  }
`);

const RoadmapQuery = graphql(`
  query RoadmapDetail($id: ID!) {
    roadmap(id: $id) {
      id
      title
      startYear
      endYear
      taskforce {
        id
        name
      }
      viewerCanEdit
      lanes {
        id
        title
      }
      items {
        id
        title
        laneId
        startYear
        endYear
        status
        standards {
          id
          name
        }
      }
      milestones {
        id
        title
        date
      }
    }
  }
`);

const StandardItems = graphql(`
  query StandardRoadmapItems($id: ID!) {
    roadmap(id: $id) {
      items {
        standards {
          roadmapItems {
            id
            title
          }
        }
      }
    }
  }
`);

const RoadmapsQuery = graphql(`
  query RoadmapList($taskforceId: ID, $first: Int) {
    roadmaps(taskforceId: $taskforceId, first: $first) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);

const Versions = graphql(`
  mutation CreateRoadmapVersion($roadmapId: ID!, $name: String!) {
    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {
      id
      name
    }
  }
`);

const Compare = graphql(`
  query CompareRoadmapVersion($versionId: ID!) {
    compareRoadmapVersion(versionId: $versionId) {
      added {
        id
        title
      }
      removed {
        id
        title
      }
      moved {
        id
        title
        from {
          startYear
          endYear
        }
        to {
          startYear
          endYear
        }
      }
    }
  }
`);

const Restore = graphql(`
  mutation RestoreRoadmapVersion($versionId: ID!) {
    restoreRoadmapVersion(versionId: $versionId) {
      id
      items {
        title
      }
    }
  }
`);

const AddComment = graphql(`
  mutation AddRoadmapComment($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
      body
      author {
        id
      }
    }
  }
`);

const ResolveComment = graphql(`
  mutation ResolveRoadmapComment($id: ID!) {
    resolveRoadmapComment(id: $id) {
      id
      resolvedAt
    }
  }
`);

const Comments = graphql(`
  query RoadmapComments($roadmapId: ID!, $itemId: ID!) {
    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {
      body
      parentId
    }
  }
`);

const CreatePage = graphql(`
  mutation CreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
      title
      viewerCanEdit
    }
  }
`);

const Pages = graphql(`
  query Pages {
    pages(first: 10) {
      nodes {
        id
        title
      }
    }
  }
`);

let server: KoersServer;
let member: SignedInUser;
let reader: SignedInUser;
let taskforceId: string;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  reader = await buildUser(models, { roles: [] });
  taskforceId = String((await buildTaskforce(models, [member], 'Taskforce Bridge'))._id);
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

async function newRoadmap(title = 'Roadmap GraphQL'): Promise<string> {
  const data = await graphqlData(
    server.url,
    CreateRoadmap,
    { input: { taskforceId, title, startYear: 2025, endYear: 2034 } },
    { token: member.token },
  );
  return data.createRoadmap.roadmap.id;
}

describe('GraphQL into the live document', () => {
  it('shows an addRoadmapItem mutation live in a connected provider and in the projection', async () => {
    const standard = await server.runtime.models.Standard.create({
      slug: `std-${Date.now()}`,
      name: 'Zaakgericht Werken',
      category: 'API_STANDARD',
      lifecycle: 'ESTABLISHED',
    });
    const id = await newRoadmap();
    const watcher = openProvider(server.port, `roadmap:${id}`, reader.token);
    providers.push(watcher);
    await synced(watcher);
    const data = await graphqlData(
      server.url,
      AddItem,
      {
        input: {
          roadmapId: id,
          title: 'ZGW APIs overal',
          startYear: 2026,
          endYear: 2028,
          status: 'PLANNED',
          standardIds: [String(standard._id)],
        },
      },
      { token: member.token },
    );
    expect(data.addRoadmapItem.item.title).toBe('ZGW APIs overal');
    await eventually(() => expect(itemTitles(watcher.doc)).toEqual(['ZGW APIs overal']));

    const detail = await graphqlData(server.url, RoadmapQuery, { id }, { token: reader.token });
    expect(detail.roadmap).toMatchObject({
      title: 'Roadmap GraphQL',
      startYear: 2025,
      endYear: 2034,
      taskforce: { id: taskforceId, name: 'Taskforce Bridge' },
      viewerCanEdit: false,
      items: [
        {
          id: data.addRoadmapItem.item.id,
          title: 'ZGW APIs overal',
          startYear: 2026,
          endYear: 2028,
          status: 'PLANNED',
          standards: [{ id: String(standard._id), name: 'Zaakgericht Werken' }],
        },
      ],
    });
    const nested = await graphqlData(server.url, StandardItems, { id }, { token: reader.token });
    expect(nested.roadmap?.items[0]?.standards[0]?.roadmapItems).toEqual([
      { id: data.addRoadmapItem.item.id, title: 'ZGW APIs overal' },
    ]);
  });

  it('validates input with BAD_USER_INPUT naming the field, and refuses readers', async () => {
    const id = await newRoadmap();
    const outside = await graphqlRequest(
      server.url,
      AddItem,
      { input: { roadmapId: id, title: 'Te laat', startYear: 2030, endYear: 2040 } },
      { token: member.token },
    );
    expect(firstErrorCode(outside.body)).toBe('BAD_USER_INPUT');
    expect(outside.body.errors?.[0]?.extensions?.field).toBe('endYear');
    const reversed = await graphqlRequest(
      server.url,
      AddItem,
      { input: { roadmapId: id, title: 'Omgekeerd', startYear: 2030, endYear: 2028 } },
      { token: member.token },
    );
    expect(reversed.body.errors?.[0]?.extensions?.field).toBe('endYear');
    const empty = await graphqlRequest(
      server.url,
      AddItem,
      { input: { roadmapId: id, title: ' ', startYear: 2030, endYear: 2031 } },
      { token: member.token },
    );
    expect(empty.body.errors?.[0]?.extensions?.field).toBe('title');
    const denied = await graphqlRequest(
      server.url,
      AddItem,
      { input: { roadmapId: id, title: 'Lezer', startYear: 2030, endYear: 2031 } },
      { token: reader.token },
    );
    expect(firstErrorCode(denied.body)).toBe('FORBIDDEN');
    const anonymous = await graphqlRequest(server.url, RoadmapsQuery, {});
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
  });

  it('projects live socket edits, skipping malformed entries', async () => {
    const id = await newRoadmap('Projectie');
    const editor = openProvider(server.port, `roadmap:${id}`, member.token);
    providers.push(editor);
    await synced(editor);
    const doc = editor.doc;
    doc.transact(() => {
      const lane = new Y.Map<unknown>();
      lane.set('id', 'l1');
      lane.set('title', 'Infrastructuur');
      doc.getArray('lanes').push([lane]);
      clientAddItem(doc, 'i1', 'Goed item', 2027, 2029);
      const broken = new Y.Map<unknown>();
      broken.set('id', 'kapot');
      broken.set('startYear', 'twee');
      doc.getArray('items').push([broken]);
      const milestone = new Y.Map<unknown>();
      milestone.set('id', 'm1');
      milestone.set('title', 'Halverwege');
      milestone.set('date', '2030-01-01');
      doc.getArray('milestones').push([milestone]);
      doc.getMap('meta').set('title', 'Projectie bijgewerkt');
    });
    await eventually(async () => {
      const data = await graphqlData(server.url, RoadmapQuery, { id }, { token: member.token });
      expect(data.roadmap).toMatchObject({
        title: 'Projectie bijgewerkt',
        viewerCanEdit: true,
        lanes: [{ id: 'l1', title: 'Infrastructuur' }],
        items: [{ id: 'i1', title: 'Goed item', startYear: 2027, endYear: 2029, laneId: null }],
        milestones: [{ id: 'm1', title: 'Halverwege', date: '2030-01-01' }],
      });
    }, 100);
    const list = await graphqlData(
      server.url,
      RoadmapsQuery,
      { taskforceId, first: 50 },
      { token: reader.token },
    );
    expect(list.roadmaps.nodes.map((r) => r.title)).toContain('Projectie bijgewerkt');
  });

  it('serves the items of a projected roadmap from memory, and each new set of them', async () => {
    const id = await newRoadmap('Uit het geheugen');
    const editor = openProvider(server.port, `roadmap:${id}`, member.token);
    providers.push(editor);
    await synced(editor);
    const titles = async () =>
      (await graphqlData(server.url, RoadmapQuery, { id }, { token: member.token })).roadmap?.items.map(
        (item) => item.title,
      );
    clientAddItem(editor.doc, 'g1', 'Eerste');
    await eventually(async () => expect(await titles()).toEqual(['Eerste']), 100);
    const commands = await commandsDuring(server.runtime.connection, titles);
    expect(commands.map(describeCommand)).not.toContain('find roadmapItems');

    clientAddItem(editor.doc, 'g2', 'Tweede');
    await eventually(async () => expect(await titles()).toEqual(['Eerste', 'Tweede']), 100);

    // Items another process projected come with a stamp this process does not know: read again.
    const models = server.runtime.models;
    await models.RoadmapItem.create({
      _id: `${id}:elders`,
      roadmapId: id,
      itemId: 'elders',
      position: 2,
      title: 'Van elders',
      startYear: 2026,
      endYear: 2027,
      standardIds: [],
    });
    await models.Roadmap.updateOne({ _id: id }, { $set: { itemsStamp: 'stamp-of-another-process' } });
    expect(await titles()).toEqual(['Eerste', 'Tweede', 'Van elders']);
  });

  it('projects while someone keeps typing, without waiting for a pause', async () => {
    const id = await newRoadmap('Doortypen');
    const editor = openProvider(server.port, `roadmap:${id}`, member.token);
    providers.push(editor);
    await synced(editor);
    clientAddItem(editor.doc, 't1', 'Getypt item');
    // An edit every 100 ms never leaves the 300 ms of quiet the debounce alone waits for.
    let typing = true;
    const typist = (async () => {
      for (let n = 0; typing; n++) {
        editor.doc.getMap('meta').set('title', `Doortypen ${n}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    let projectedWhileTyping = false;
    try {
      await eventually(async () => {
        const data = await graphqlData(server.url, RoadmapQuery, { id }, { token: member.token });
        expect(data.roadmap?.items.map((item) => item.title)).toContain('Getypt item');
      }, 100);
      projectedWhileTyping = typing;
    } finally {
      typing = false;
      await typist;
    }
    expect(projectedWhileTyping).toBe(true);
  });

  it('updates and removes items, names versions, compares and restores as a new change', async () => {
    const id = await newRoadmap('Historie');
    const add = (title: string, startYear: number) =>
      graphqlData(
        server.url,
        AddItem,
        { input: { roadmapId: id, title, startYear, endYear: startYear + 1 } },
        { token: member.token },
      );
    const keep = (await add('Blijft', 2026)).addRoadmapItem.item;
    const move = (await add('Schuift', 2027)).addRoadmapItem.item;
    const drop = (await add('Verdwijnt', 2028)).addRoadmapItem.item;
    const version = (
      await graphqlData(server.url, Versions, { roadmapId: id, name: 'Plan 2025' }, { token: member.token })
    ).createRoadmapVersion;

    const updated = await graphqlData(
      server.url,
      UpdateItem,
      { input: { roadmapId: id, itemId: move.id, startYear: 2030, endYear: 2031 } },
      { token: member.token },
    );
    expect(updated.updateRoadmapItem.item).toMatchObject({ startYear: 2030, endYear: 2031 });
    await graphqlData(
      server.url,
      RemoveItem,
      { input: { roadmapId: id, itemId: drop.id } },
      { token: member.token },
    );
    const extra = (await add('Nieuw', 2032)).addRoadmapItem.item;

    const comparison = await graphqlData(
      server.url,
      Compare,
      { versionId: version.id },
      { token: reader.token },
    );
    expect(comparison.compareRoadmapVersion).toEqual({
      added: [{ id: extra.id, title: 'Nieuw' }],
      removed: [{ id: drop.id, title: 'Verdwijnt' }],
      moved: [
        {
          id: move.id,
          title: 'Schuift',
          from: { startYear: 2027, endYear: 2028 },
          to: { startYear: 2030, endYear: 2031 },
        },
      ],
    });

    const restored = await graphqlData(
      server.url,
      Restore,
      { versionId: version.id },
      { token: member.token },
    );
    expect(restored.restoreRoadmapVersion.items.map((i) => i.title)).toEqual([
      'Blijft',
      'Schuift',
      'Verdwijnt',
    ]);
    expect(keep.title).toBe('Blijft');
    await server.collab.registry.with(`roadmap:${id}`, (shared) => shared.flush());
    const audit = await server.runtime.models.AuditEvent.find({
      subjectId: id,
      action: 'roadmap:edit',
    }).lean();
    expect(audit.length).toBeGreaterThan(0);
    expect(String(audit[0]?.actorId)).toBe(member.id);
  });

  it('lets every signed-in reader comment in threads and resolve their own comments', async () => {
    const id = await newRoadmap('Opmerkingen');
    const first = await graphqlData(
      server.url,
      AddComment,
      { input: { roadmapId: id, itemId: 'i1', body: 'Waarom 2027?' } },
      { token: reader.token },
    );
    expect(first.addRoadmapComment.author?.id).toBe(reader.id);
    await graphqlData(
      server.url,
      AddComment,
      {
        input: {
          roadmapId: id,
          itemId: 'i1',
          body: 'Vanwege de aanbesteding.',
          parentId: first.addRoadmapComment.id,
        },
      },
      { token: member.token },
    );
    const thread = await graphqlData(
      server.url,
      Comments,
      { roadmapId: id, itemId: 'i1' },
      { token: reader.token },
    );
    expect(thread.roadmapComments).toEqual([
      { body: 'Waarom 2027?', parentId: null },
      { body: 'Vanwege de aanbesteding.', parentId: first.addRoadmapComment.id },
    ]);
    const resolved = await graphqlData(
      server.url,
      ResolveComment,
      { id: first.addRoadmapComment.id },
      { token: reader.token },
    );
    expect(resolved.resolveRoadmapComment.resolvedAt).not.toBeNull();
  });

  it('creates knowledge pages for taskforce members; readers list them but may not create', async () => {
    const page = await graphqlData(
      server.url,
      CreatePage,
      { input: { title: 'Werkwijze' } },
      { token: member.token },
    );
    expect(page.createPage).toMatchObject({ title: 'Werkwijze', viewerCanEdit: true });
    const denied = await graphqlRequest(
      server.url,
      CreatePage,
      { input: { title: 'Nee' } },
      { token: reader.token },
    );
    expect(firstErrorCode(denied.body)).toBe('FORBIDDEN');
    const list = await graphqlData(server.url, Pages, {}, { token: reader.token });
    expect(list.pages.nodes.map((p) => p.title)).toContain('Werkwijze');
    const p = openProvider(server.port, `page:${page.createPage.id}`, reader.token);
    providers.push(p);
    await synced(p);
  });
});

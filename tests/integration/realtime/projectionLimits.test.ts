import type { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { KoersServer } from '../../../server/app';
import { readRoadmap } from '../../../common/roadmapDocument';
import { buildRoadmap, clientAddItem, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

let server: KoersServer;
let member: SignedInUser;
let taskforceId: Types.ObjectId;
const providers: WebsocketProvider[] = [];
beforeAll(async () => {
  server = await startTestServer();
  member = await buildUser(server.runtime.models, { roles: ['TASKFORCE_MEMBER'] });
  taskforceId = (await buildTaskforce(server.runtime.models, [member]))._id;
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

async function graphql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: Array<{ extensions?: { code?: string; field?: string } }>;
  };
}

describe('the roadmap projection keeps to the mutations’ limits', () => {
  it('cuts a 100,000-character title, drops a 5,000-character status and leaves out impossible years', async () => {
    const { id, name } = await buildRoadmap(server.runtime.models, taskforceId);
    const writer = openProvider(server.port, name, member.token);
    providers.push(writer);
    await synced(writer);
    const doc = writer.doc;
    doc.transact(() => {
      clientAddItem(doc, 'lang', 'T'.repeat(100_000), 2026, 2027);
      const item = doc.getArray<Y.Map<unknown>>('items').get(0);
      item.set('status', 'S'.repeat(5000));
      clientAddItem(doc, 'onmogelijk', 'Onmogelijke jaren', -5000, 99999);
      clientAddItem(doc, 'goed', 'Binnen de grenzen', 2028, 2030);
      doc.getMap('meta').set('title', 'M'.repeat(1000));
      doc.getMap('meta').set('endYear', 99999);
    });
    // Wait until the server's document holds the edit, then project at once.
    await eventually(async () => {
      const count = await server.runtime.documents.with(
        name,
        (shared) => readRoadmap(shared.doc).items.length,
      );
      expect(count).toBe(3);
    });
    await server.runtime.documents.with(name, (shared) => shared.project());

    const { data } = await graphql(
      'query ($id: ID!) { roadmap(id: $id) { title endYear items { id title startYear endYear status } } }',
      { id },
    );
    const roadmap = data?.roadmap as {
      title: string;
      endYear: number;
      items: Array<{ id: string; title: string; status: string | null }>;
    };
    expect(roadmap.title).toBe('M'.repeat(200));
    expect(roadmap.endYear).toBe(2034);
    expect(roadmap.items.map((i) => i.id)).toEqual(['lang', 'goed']);
    expect(roadmap.items[0]).toMatchObject({ title: 'T'.repeat(200), status: null });
  });

  it('accepts only the fixed item statuses from a mutation too', async () => {
    const { id } = await buildRoadmap(server.runtime.models, taskforceId);
    const add = (status: string) =>
      graphql('mutation ($i: AddRoadmapItemInput!) { addRoadmapItem(input: $i) { item { status } } }', {
        i: { roadmapId: id, title: 'Status', startYear: 2026, endYear: 2026, status },
      });
    expect((await add('AT_RISK')).data).toEqual({ addRoadmapItem: { item: { status: 'AT_RISK' } } });
    expect((await add('Bijna klaar')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
  });
});

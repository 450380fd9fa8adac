import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildStandard, buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const LinkedItems = graphql(`
  query LinkedRoadmapItems($slug: String!) {
    standard(slug: $slug) {
      name
      roadmapItems {
        title
        roadmap {
          title
        }
      }
    }
  }
`);

const LinkedCreateRoadmap = graphql(`
  mutation LinkedCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);

const LinkedAddItem = graphql(`
  mutation LinkedAddItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

let server: KoersServer;
let reader: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  reader = await buildUser(models);
  const taskforce = await buildTaskforce(models, [member]);
  const standard = await buildStandard(models, { slug: 'gekoppeld', name: 'Gekoppeld' });
  const { roadmap } = (
    await graphqlData(
      server.url,
      LinkedCreateRoadmap,
      { input: { taskforceId: String(taskforce._id), title: 'Verbonden', startYear: 2025, endYear: 2034 } },
      { token: member.token },
    )
  ).createRoadmap;
  await graphqlData(
    server.url,
    LinkedAddItem,
    {
      input: {
        roadmapId: roadmap.id,
        title: 'Invoeren',
        startYear: 2026,
        endYear: 2026,
        standardIds: [String(standard._id)],
      },
    },
    { token: member.token },
  );
});
afterAll(async () => {
  await server.close();
});

describe('Standard.roadmapItems', () => {
  it('lists the linked items with their roadmap for signed-in readers', async () => {
    const data = await graphqlData(server.url, LinkedItems, { slug: 'gekoppeld' }, { token: reader.token });
    expect(data.standard?.roadmapItems).toEqual([{ title: 'Invoeren', roadmap: { title: 'Verbonden' } }]);
  });

  it('gives visitors the public standard without the (non-public) roadmap items', async () => {
    const data = await graphqlData(server.url, LinkedItems, { slug: 'gekoppeld' });
    expect(data.standard).toEqual({ name: 'Gekoppeld', roadmapItems: [] });
  });
});

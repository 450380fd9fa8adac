import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { publishSearchChange } from '../../../server/domain/search/events';
import {
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import type { SearchQuery } from '../../support/gql/graphql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Search = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      text
      totalCount
      groups {
        kind
        totalCount
        hits {
          kind
          id
          title
          key
          context
          snippet
          score
        }
      }
    }
  }
`);

const SearchCreateRoadmap = graphql(`
  mutation SearchCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);

const SearchAddRoadmapItem = graphql(`
  mutation SearchAddRoadmapItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const SearchUpdateRoadmapItem = graphql(`
  mutation SearchUpdateRoadmapItem($input: UpdateRoadmapItemInput!) {
    updateRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const SearchCreateInitiative = graphql(`
  mutation SearchCreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
      }
    }
  }
`);

const SearchUpdateInitiative = graphql(`
  mutation SearchUpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      initiative {
        id
      }
    }
  }
`);

const SearchCreatePage = graphql(`
  mutation SearchCreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
    }
  }
`);

const SearchUpdateStandard = graphql(`
  mutation SearchUpdateStandard($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        id
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let manager: SignedInUser;
let member: SignedInUser;
let reader: SignedInUser;
let standardId: string;
let roadmapId: string;
let itemId: string;
let initiativeId: string;
let pageId: string;

type Results = SearchQuery['search'];

function search(text: string, token?: string, first?: number): Promise<Results> {
  return graphqlData(server.url, Search, { text, first }, { token }).then((data) => data.search);
}

function titlesOf(results: Results, kind: string): string[] {
  return results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.title) ?? [];
}

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM1900',
    cbsNumber: '1900',
    name: 'Súdwest-Fryslân',
    officialName: 'Súdwest-Fryslân',
    provinceCode: 'PV21',
    province: 'Fryslân',
  });
  // An ended (merged) municipality is history, not a search result.
  await buildMunicipality(models, {
    _id: 'GM0140',
    cbsNumber: '0140',
    name: 'Littenseradiel',
    officialName: 'Littenseradiel',
    validUntil: '2018-01-01',
    mergedInto: 'GM1900',
  });
  const standard = await buildStandard(models, {
    slug: 'zeppelin-api',
    name: 'Zeppelin API',
    summary: `${'Een lange inleiding over gegevensuitwisseling tussen gemeenten. '.repeat(4)}Het luchtschip landt.`,
  });
  standardId = String(standard._id);
  admin = await buildUser(models, { roles: ['ADMIN'] });
  manager = await buildUser(models, { roles: ['MANAGER'] });
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  reader = await buildUser(models);
  const taskforce = await buildTaskforce(models, [member]);
  roadmapId = (
    await graphqlData(
      server.url,
      SearchCreateRoadmap,
      {
        input: {
          taskforceId: String(taskforce._id),
          title: 'Zeppelin roadmap',
          startYear: 2025,
          endYear: 2034,
        },
      },
      { token: member.token },
    )
  ).createRoadmap.roadmap.id;
  itemId = (
    await graphqlData(
      server.url,
      SearchAddRoadmapItem,
      { input: { roadmapId, title: 'Zeppelin hangar bouwen', startYear: 2026, endYear: 2027 } },
      { token: member.token },
    )
  ).addRoadmapItem.item.id;
  initiativeId = (
    await graphqlData(
      server.url,
      SearchCreateInitiative,
      { input: { title: 'Zeppelin quick win', deadline: '2030-01-01', description: 'Een snelle winst.' } },
      { token: manager.token },
    )
  ).createInitiative.initiative.id;
  pageId = (
    await graphqlData(
      server.url,
      SearchCreatePage,
      { input: { title: 'Zeppelin handleiding' } },
      { token: manager.token },
    )
  ).createPage.id;
});
afterAll(async () => {
  await server.close();
});

describe('search', () => {
  it('finds every kind for a signed-in reader, with the keys the web app links by', async () => {
    const results = await search('zeppelin', reader.token);
    expect(results.groups.map((group) => group.kind)).toEqual([
      'STANDARD',
      'ROADMAP',
      'ROADMAP_ITEM',
      'INITIATIVE',
      'PAGE',
    ]);
    const hits = results.groups.flatMap((group) => group.hits);
    expect(hits.map((hit) => [hit.kind, hit.key])).toEqual([
      ['STANDARD', 'zeppelin-api'],
      ['ROADMAP', roadmapId],
      ['ROADMAP_ITEM', roadmapId],
      ['INITIATIVE', initiativeId],
      ['PAGE', pageId],
    ]);
    expect(hits.find((hit) => hit.kind === 'ROADMAP_ITEM')?.context).toBe('Zeppelin roadmap · 2026–2027');
    expect(results.totalCount).toBe(5);
    expect(hits.every((hit) => hit.score > 0)).toBe(true);
  });

  it('folds diacritics, matches prefixes and forgives a typo', async () => {
    const folded = await search('sudwest');
    expect(titlesOf(folded, 'MUNICIPALITY')).toEqual(['Súdwest-Fryslân']);
    expect(folded.groups[0]?.hits[0]).toMatchObject({ key: 'GM1900', context: 'Fryslân' });
    expect(titlesOf(await search('utrec'), 'MUNICIPALITY')).toEqual(['Utrecht']);
    expect(titlesOf(await search('utrehct'), 'MUNICIPALITY')).toEqual([]);
    expect(titlesOf(await search('utrectt'), 'MUNICIPALITY')).toEqual(['Utrecht']);
    expect(titlesOf(await search('GM0344'), 'MUNICIPALITY')).toEqual(['Utrecht']);
    expect(titlesOf(await search('littenseradiel'), 'MUNICIPALITY')).toEqual([]);
  });

  it('shows the matching part of a long summary as the snippet', async () => {
    const results = await search('luchtschip');
    const snippet = results.groups[0]?.hits[0]?.snippet ?? '';
    expect(snippet).toContain('Het luchtschip landt.');
    expect(snippet.startsWith('…')).toBe(true);
  });

  it('shows signed-out visitors only the public catalogue', async () => {
    const results = await search('zeppelin');
    expect(results.groups.map((group) => group.kind)).toEqual(['STANDARD']);
    expect(results.totalCount).toBe(1);
  });

  it('shows writes in the next search, without a restart', async () => {
    expect((await search('walrus', reader.token)).totalCount).toBe(0);
    await graphqlData(
      server.url,
      SearchUpdateStandard,
      { input: { id: standardId, name: 'Walrus API' } },
      { token: admin.token },
    );
    await graphqlData(
      server.url,
      SearchUpdateInitiative,
      { input: { id: initiativeId, title: 'Walrus quick win' } },
      { token: manager.token },
    );
    await graphqlData(
      server.url,
      SearchUpdateRoadmapItem,
      { input: { roadmapId, itemId, title: 'Walrus bassin' } },
      { token: member.token },
    );
    await graphqlData(
      server.url,
      SearchCreatePage,
      { input: { title: 'Walrus wiki' } },
      { token: manager.token },
    );
    const results = await search('walrus', reader.token);
    expect(results.groups.map((group) => [group.kind, group.hits.map((hit) => hit.title)])).toEqual([
      ['STANDARD', ['Walrus API']],
      ['ROADMAP_ITEM', ['Walrus bassin']],
      ['INITIATIVE', ['Walrus quick win']],
      ['PAGE', ['Walrus wiki']],
    ]);
    // The old titles are gone from the index, not just outranked.
    expect(titlesOf(await search('zeppelin', reader.token), 'INITIATIVE')).toEqual([]);
  });

  it('survives an event naming an id that cannot exist', async () => {
    publishSearchChange(server.runtime.pubsub, 'STANDARD', ['not-an-object-id']);
    publishSearchChange(server.runtime.pubsub, 'INITIATIVE', ['{"$gt":""}']);
    expect(titlesOf(await search('walrus', reader.token), 'STANDARD')).toEqual(['Walrus API']);
  });

  it('caps each group at `first` and still counts every match', async () => {
    const results = await search('zeppelin', reader.token, 1);
    expect(results.groups.every((group) => group.hits.length <= 1)).toBe(true);
    const broad = await search('GM', undefined, 1);
    expect(broad.groups[0]).toMatchObject({ kind: 'MUNICIPALITY', totalCount: 2 });
    expect(broad.groups[0]?.hits).toHaveLength(1);
  });

  it('refuses bad input, naming the field', async () => {
    for (const [variables, field] of [
      [{ text: 'x'.repeat(201) }, 'text'],
      [{ text: 'utrecht', first: 0 }, 'first'],
      [{ text: 'utrecht', first: 51 }, 'first'],
    ] as const) {
      const { body } = await graphqlRequest(server.url, Search, variables);
      expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect((await search('   ')).groups).toEqual([]);
  });

  it('treats operator-shaped text as plain text', async () => {
    for (const text of ['{"$gt": ""}', '$where', '{"$where": "sleep(1000)"}', '.*', '(a+)+$']) {
      const results = await search(text, reader.token);
      expect(results.text).toBe(text);
      expect(results.totalCount).toBe(0);
    }
    // An object where a string belongs never reaches a resolver.
    const { body } = await graphqlRequest(server.url, Search, { text: { $gt: '' } as unknown as string });
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.data).toBeUndefined();
  });
});

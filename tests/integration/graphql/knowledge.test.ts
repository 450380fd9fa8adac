import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName } from '../../../common/collab';
import { PAGE_TEMPLATES } from '../../../common/pageTemplates';
import { addItem } from '../../../common/roadmapDocument';
import type { KoersServer } from '../../../server/app';
import { buildRoadmap } from '../../support/collab';
import { buildStandard, buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const CreatePage = graphql(`
  mutation KnowledgeCreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
      title
      parent {
        id
      }
    }
  }
`);

const UpdatePage = graphql(`
  mutation KnowledgeUpdatePage($input: UpdatePageInput!) {
    updatePage(input: $input) {
      id
      title
      parent {
        id
      }
    }
  }
`);

const SetLinks = graphql(`
  mutation KnowledgeSetLinks($input: SetPageLinksInput!) {
    setPageLinks(input: $input) {
      links {
        kind
        id
        title
        key
      }
    }
  }
`);

const LinkedPages = graphql(`
  query KnowledgeLinkedPages($kind: SearchKind!, $id: ID!) {
    linkedPages(kind: $kind, id: $id) {
      id
      title
    }
  }
`);

const Tree = graphql(`
  query KnowledgeTree($id: ID!) {
    page(id: $id) {
      title
      deletedAt
      children {
        title
      }
    }
    pages(first: 100) {
      nodes {
        id
      }
    }
    trashedPages(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const DeletePage = graphql(`
  mutation KnowledgeDeletePage($id: ID!) {
    deletePage(id: $id) {
      deletedAt
    }
  }
`);

const RestorePage = graphql(`
  mutation KnowledgeRestorePage($id: ID!) {
    restorePage(id: $id) {
      deletedAt
    }
  }
`);

const PublishPage = graphql(`
  mutation KnowledgePublish($input: PublishInput!) {
    publish(input: $input) {
      slug
    }
  }
`);

const PublicPage = graphql(`
  query KnowledgePublicPage($slug: String!) {
    publicPage(slug: $slug) {
      title
    }
  }
`);

const Search = graphql(`
  query KnowledgeSearch($text: String!) {
    search(text: $text) {
      groups {
        kind
        hits {
          id
        }
      }
    }
  }
`);

let server: KoersServer;
let member: SignedInUser;
let reader: SignedInUser;

async function create(input: {
  title: string;
  template?: 'IMPLEMENTATION_GUIDE' | 'EXPLAINER' | 'DECISION';
  parentId?: string;
}) {
  return (await graphqlData(server.url, CreatePage, { input }, { token: member.token })).createPage;
}

async function pageIdsFound(text: string): Promise<string[]> {
  const data = await graphqlData(server.url, Search, { text }, { token: reader.token });
  return data.search.groups.filter((g) => g.kind === 'PAGE').flatMap((g) => g.hits.map((h) => h.id));
}

beforeAll(async () => {
  server = await startTestServer();
  member = await buildUser(server.runtime.models, { roles: ['TASKFORCE_MEMBER'] });
  reader = await buildUser(server.runtime.models);
});

afterAll(async () => {
  await server?.close();
});

describe('templates', () => {
  it('start a page with the template’s Dutch section headings, found by search at once', async () => {
    const page = await create({ title: 'Invoering Zaken API', template: 'IMPLEMENTATION_GUIDE' });
    const text = (await server.runtime.models.Page.findById(page.id).lean())?.bodyText ?? '';
    expect(text.split('\n')).toEqual([...PAGE_TEMPLATES.IMPLEMENTATION_GUIDE.headings]);
    // The document itself holds headings (level 2), as the editor shows them.
    const headings = await server.runtime.documents.with(documentName('page', page.id), (live) =>
      live.doc
        .getXmlFragment('body')
        .toArray()
        .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'heading')
        .map((node) => [node.getAttribute('level'), node.toString().replace(/<[^>]+>/g, '')]),
    );
    expect(headings[0]).toEqual([2, 'Doel en resultaat']);
    expect(await pageIdsFound('Stappenplan')).toContain(page.id);

    const decision = await create({ title: 'Raadsvoorstel', template: 'DECISION' });
    const decisionText = (await server.runtime.models.Page.findById(decision.id).lean())?.bodyText;
    expect(decisionText?.split('\n')).toContain('Kanttekeningen en risico’s');
    const bad = await graphqlRequest(
      server.url,
      CreatePage,
      { input: { title: 'X', template: 'NOPE' as 'DECISION' } },
      { token: member.token },
    );
    expect(firstErrorCode(bad.body)).toBe('BAD_USER_INPUT');
  });
});

describe('the tree', () => {
  it('renames and moves a page, refusing loops and readers', async () => {
    const top = await create({ title: 'Zaakgericht werken' });
    const child = await create({ title: 'Zaken API', parentId: top.id });
    expect(child.parent?.id).toBe(top.id);
    const renamed = await graphqlData(
      server.url,
      UpdatePage,
      { input: { id: child.id, title: 'Zaken API in de praktijk' } },
      { token: member.token },
    );
    expect(renamed.updatePage).toMatchObject({ title: 'Zaken API in de praktijk', parent: { id: top.id } });
    expect(await pageIdsFound('praktijk')).toContain(child.id);

    const loop = await graphqlRequest(
      server.url,
      UpdatePage,
      { input: { id: top.id, parentId: child.id } },
      { token: member.token },
    );
    expect(loop.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const moved = await graphqlData(
      server.url,
      UpdatePage,
      { input: { id: child.id, toTop: true } },
      { token: member.token },
    );
    expect(moved.updatePage.parent).toBeNull();
    const refused = await graphqlRequest(
      server.url,
      UpdatePage,
      { input: { id: child.id, title: 'Niet van mij' } },
      { token: reader.token },
    );
    expect(firstErrorCode(refused.body)).toBe('FORBIDDEN');
  });

  it('deletes to the trash (unpublished, out of search, children moved up) and restores', async () => {
    const parent = await create({ title: 'Prullenbakproef' });
    const child = await create({ title: 'Onderpagina kwakzalverij', parentId: parent.id });
    const published = await graphqlData(
      server.url,
      PublishPage,
      { input: { kind: 'PAGE', subjectId: child.id, slug: 'kwakzalverij' } },
      { token: member.token },
    );
    expect(published.publish.slug).toBe('kwakzalverij');
    expect(await pageIdsFound('kwakzalverij')).toEqual([child.id]);

    await graphqlData(server.url, DeletePage, { id: child.id }, { token: member.token });
    expect((await graphqlData(server.url, PublicPage, { slug: 'kwakzalverij' })).publicPage).toBeNull();
    expect(await pageIdsFound('kwakzalverij')).toEqual([]);
    const after = await graphqlData(server.url, Tree, { id: child.id }, { token: reader.token });
    expect(after.page?.deletedAt).not.toBeNull();
    expect(after.pages.nodes.map((p) => p.id)).not.toContain(child.id);
    expect(after.trashedPages.nodes.map((p) => p.id)).toContain(child.id);

    // Deleting a parent moves its pages up rather than hiding them.
    const grandchild = await create({ title: 'Kleinkind', parentId: parent.id });
    await graphqlData(server.url, DeletePage, { id: parent.id }, { token: member.token });
    const orphan = await server.runtime.models.Page.findById(grandchild.id).lean();
    expect(orphan?.parentId ?? null).toBeNull();

    const restored = await graphqlData(server.url, RestorePage, { id: child.id }, { token: member.token });
    expect(restored.restorePage.deletedAt).toBeNull();
    expect(await pageIdsFound('kwakzalverij')).toEqual([child.id]);
    // Restoring does not publish again: that is a decision of its own.
    expect((await graphqlData(server.url, PublicPage, { slug: 'kwakzalverij' })).publicPage).toBeNull();
    const twice = await graphqlRequest(server.url, RestorePage, { id: child.id }, { token: member.token });
    expect(firstErrorCode(twice.body)).toBe('BAD_USER_INPUT');
  });
});

describe('links', () => {
  it('link a page to a standard, a roadmap item and a quick win, shown on both sides', async () => {
    const { models } = server.runtime;
    const standard = await buildStandard(models, { name: 'Documenten API' });
    const taskforce = await buildTaskforce(models, [member]);
    const roadmap = await buildRoadmap(models, taskforce._id, { title: 'Plan met items' });
    await server.runtime.documents.with(roadmap.name, async (live) => {
      addItem(live.doc, {
        id: 'docs',
        title: 'Documenten centraal',
        startYear: 2026,
        endYear: 2027,
        laneId: null,
        status: null,
        standardIds: [],
        owner: null,
      });
      await live.project();
    });
    const initiative = await models.Initiative.create({
      title: 'Snel documenten delen',
      deadline: '2027-01-01',
    });
    const page = await create({ title: 'Documenten delen uitgelegd', template: 'EXPLAINER' });
    const itemId = `${roadmap.id}:docs`;
    const linked = await graphqlData(
      server.url,
      SetLinks,
      {
        input: {
          id: page.id,
          standardIds: [String(standard._id)],
          roadmapItemIds: [itemId],
          initiativeIds: [String(initiative._id)],
        },
      },
      { token: member.token },
    );
    expect(linked.setPageLinks.links).toEqual([
      { kind: 'STANDARD', id: String(standard._id), title: 'Documenten API', key: standard.slug },
      { kind: 'ROADMAP_ITEM', id: itemId, title: 'Documenten centraal', key: roadmap.id },
      {
        kind: 'INITIATIVE',
        id: String(initiative._id),
        title: 'Snel documenten delen',
        key: String(initiative._id),
      },
    ]);
    for (const [kind, id] of [
      ['STANDARD', String(standard._id)],
      ['ROADMAP_ITEM', itemId],
      ['INITIATIVE', String(initiative._id)],
    ] as const) {
      const other = await graphqlData(server.url, LinkedPages, { kind, id }, { token: reader.token });
      expect(other.linkedPages).toEqual([{ id: page.id, title: 'Documenten delen uitgelegd' }]);
    }
    const missing = await graphqlRequest(
      server.url,
      SetLinks,
      { input: { id: page.id, standardIds: [], roadmapItemIds: [`${roadmap.id}:gone`], initiativeIds: [] } },
      { token: member.token },
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roadmapItemIds',
    });
    // Nothing saved is lost: the links stand as they were.
    const still = await graphqlData(
      server.url,
      LinkedPages,
      { kind: 'ROADMAP_ITEM', id: itemId },
      { token: reader.token },
    );
    expect(still.linkedPages).toHaveLength(1);
    const anonymous = await graphqlRequest(server.url, LinkedPages, {
      kind: 'STANDARD',
      id: String(standard._id),
    });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
  });
});

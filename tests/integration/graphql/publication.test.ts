import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName } from '../../../common/collab';
import { addItem, addLane, addMilestone } from '../../../common/roadmapDocument';
import type { KoersServer } from '../../../server/app';
import { writeSnapshot } from '../../../server/db/collabStore';
import { backfillSearchText } from '../../../server/domain/search/backfill';
import { buildRoadmap } from '../../support/collab';
import { eventually } from '../../support/eventually';
import {
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Publish = graphql(`
  mutation PublicationTestPublish($input: PublishInput!) {
    publish(input: $input) {
      id
      kind
      slug
      title
      versionName
      isDemo
    }
  }
`);

const Unpublish = graphql(`
  mutation PublicationTestUnpublish($kind: PublicationKind!, $subjectId: ID!) {
    unpublish(kind: $kind, subjectId: $subjectId)
  }
`);

const PublicRoadmap = graphql(`
  query PublicationTestRoadmap($slug: String!) {
    publicRoadmap(slug: $slug) {
      slug
      title
      description
      startYear
      endYear
      vision
      taskforceName
      versionName
      publishedAt
      updatedAt
      isDemo
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
          slug
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

const PublicQuickWin = graphql(`
  query PublicationTestQuickWin($slug: String!) {
    publicQuickWin(slug: $slug) {
      title
      liveCount
      participantCount
      participants {
        municipalityCode
        municipalityName
        status
      }
    }
  }
`);

const PublicPage = graphql(`
  query PublicationTestPage($slug: String!) {
    publicPage(slug: $slug) {
      title
      paragraphs
    }
  }
`);

const Publications = graphql(`
  query PublicationTestList {
    publications(first: 50) {
      totalCount
      nodes {
        kind
        slug
        title
      }
    }
  }
`);

const MunicipalityPublications = graphql(`
  query PublicationTestMunicipality($code: String!) {
    municipalityPublications(code: $code) {
      kind
      slug
    }
  }
`);

const CreateVersion = graphql(`
  mutation PublicationTestVersion($roadmapId: ID!, $name: String!) {
    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {
      id
    }
  }
`);

const AddComment = graphql(`
  mutation PublicationTestComment($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
    }
  }
`);

const Search = graphql(`
  query PublicationTestSearch($text: String!) {
    search(text: $text) {
      groups {
        kind
        hits {
          id
          title
        }
      }
    }
  }
`);

let server: KoersServer;
let member: SignedInUser;
let outsider: SignedInUser;
let taskforceId: string;
let roadmapId: string;
let standardSlug: string;

/** Names of people that must never reach the public read. */
const OWNER = 'Jan Jansen-Eigenaar';
const MEMBER_NAME = 'Piet Pietersen-Lid';
const COMMENT = 'Vertrouwelijke opmerking over budgetkrapte';

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Applies `change` to the live document `name` and waits for its projection. */
function edit(name: string, change: (doc: Y.Doc) => void): Promise<void> {
  return server.runtime.documents.with(name, async (live) => {
    live.doc.transact(() => change(live.doc));
    await live.project();
  });
}

async function search(text: string, token: string) {
  const data = await graphqlData(server.url, Search, { text }, { token });
  return data.search.groups;
}

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  await buildMunicipality(models);
  member = await buildUser(models, {
    roles: ['TASKFORCE_MEMBER'],
    municipalityId: 'GM0344',
    name: MEMBER_NAME,
  });
  outsider = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const taskforce = await buildTaskforce(models, [member], 'Taskforce Openbaar');
  taskforceId = String(taskforce._id);
  const standard = await buildStandard(models, { name: 'Zaken API test' });
  standardSlug = standard.slug;
  const roadmap = await buildRoadmap(models, taskforce._id, { title: 'Digitale agenda Utrecht' });
  roadmapId = roadmap.id;
  await edit(roadmap.name, (doc) => {
    doc
      .getXmlFragment('vision')
      .insert(0, [paragraph('Wij werken toe naar zeeluchtstroomlijning van alle zaken.')]);
    addLane(doc, { id: 'zaken', title: 'Zaakgericht werken' });
    addItem(doc, {
      id: 'zgw',
      title: 'ZGW in alle zaaksystemen',
      startYear: 2026,
      endYear: 2028,
      laneId: 'zaken',
      status: 'PLANNED',
      standardIds: [String(standard._id)],
      owner: OWNER,
    });
    addMilestone(doc, { id: 'half', title: 'Halverwege kwartiermakersfeest', date: '2028-06-30' });
  });
  await graphqlData(
    server.url,
    AddComment,
    { input: { roadmapId, itemId: 'zgw', body: COMMENT } },
    { token: member.token },
  );
});

afterAll(async () => {
  await server?.close();
});

describe('publishing a roadmap', () => {
  it('is public at its slug, redacted: no person, no comment; and 404 at once after unpublishing', async () => {
    const published = await graphqlData(
      server.url,
      Publish,
      { input: { kind: 'ROADMAP', subjectId: roadmapId } },
      { token: member.token },
    );
    expect(published.publish).toMatchObject({ slug: 'digitale-agenda-utrecht', versionName: null });

    const { body, status } = await graphqlRequest(server.url, PublicRoadmap, {
      slug: 'digitale-agenda-utrecht',
    });
    expect(status).toBe(200);
    const roadmap = body.data?.publicRoadmap;
    expect(roadmap).toMatchObject({
      title: 'Digitale agenda Utrecht',
      taskforceName: 'Taskforce Openbaar',
      vision: ['Wij werken toe naar zeeluchtstroomlijning van alle zaken.'],
      lanes: [{ id: 'zaken', title: 'Zaakgericht werken' }],
      items: [
        {
          id: 'zgw',
          title: 'ZGW in alle zaaksystemen',
          standards: [{ slug: standardSlug, name: 'Zaken API test' }],
        },
      ],
      milestones: [{ id: 'half', title: 'Halverwege kwartiermakersfeest', date: '2028-06-30' }],
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain(OWNER);
    expect(text).not.toContain(MEMBER_NAME);
    expect(text).not.toContain(COMMENT);
    // The public type has no field that could carry them: asking fails validation.
    const probe = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ publicRoadmap(slug: "digitale-agenda-utrecht") { items { owner } } }',
      }),
    });
    expect(probe.status).toBe(400);

    const page = await fetch(`${server.url}/openbaar/roadmaps/digitale-agenda-utrecht`);
    expect(page.status).toBe(200);
    const list = await graphqlData(server.url, Publications, {});
    expect(list.publications.nodes).toContainEqual({
      kind: 'ROADMAP',
      slug: 'digitale-agenda-utrecht',
      title: 'Digitale agenda Utrecht',
    });

    const removed = await graphqlData(
      server.url,
      Unpublish,
      { kind: 'ROADMAP', subjectId: roadmapId },
      { token: member.token },
    );
    expect(removed.unpublish).toBe(true);
    const after = await graphqlData(server.url, PublicRoadmap, { slug: 'digitale-agenda-utrecht' });
    expect(after.publicRoadmap).toBeNull();
    expect((await fetch(`${server.url}/openbaar/roadmaps/digitale-agenda-utrecht`)).status).toBe(404);
    const listAfter = await graphqlData(server.url, Publications, {});
    expect(listAfter.publications.nodes.map((p) => p.slug)).not.toContain('digitale-agenda-utrecht');
    const again = await graphqlData(
      server.url,
      Unpublish,
      { kind: 'ROADMAP', subjectId: roadmapId },
      { token: member.token },
    );
    expect(again.unpublish).toBe(false);
  });

  it('freezes at a named version: later edits stay out of the public plan', async () => {
    const version = await graphqlData(
      server.url,
      CreateVersion,
      { roadmapId, name: 'Vastgesteld door de raad' },
      { token: member.token },
    );
    await edit(documentName('roadmap', roadmapId), (doc) =>
      addItem(doc, {
        id: 'concept',
        title: 'Concept: nog niet besproken',
        startYear: 2029,
        endYear: 2030,
        laneId: 'zaken',
        status: null,
        standardIds: [],
        owner: null,
      }),
    );
    const published = await graphqlData(
      server.url,
      Publish,
      {
        input: {
          kind: 'ROADMAP',
          subjectId: roadmapId,
          slug: 'agenda-raad',
          versionId: version.createRoadmapVersion.id,
        },
      },
      { token: member.token },
    );
    expect(published.publish).toMatchObject({ slug: 'agenda-raad', versionName: 'Vastgesteld door de raad' });
    const frozen = await graphqlData(server.url, PublicRoadmap, { slug: 'agenda-raad' });
    expect(frozen.publicRoadmap?.versionName).toBe('Vastgesteld door de raad');
    expect(frozen.publicRoadmap?.items.map((item) => item.id)).toEqual(['zgw']);
    expect(JSON.stringify(frozen)).not.toContain(OWNER);

    // Back to live: the same slug now follows the current plan.
    await graphqlData(
      server.url,
      Publish,
      { input: { kind: 'ROADMAP', subjectId: roadmapId } },
      { token: member.token },
    );
    const live = await graphqlData(server.url, PublicRoadmap, { slug: 'agenda-raad' });
    expect(live.publicRoadmap?.versionName).toBeNull();
    expect(live.publicRoadmap?.items.map((item) => item.id)).toEqual(['zgw', 'concept']);
  });

  it('refuses visitors, people outside the taskforce, malformed and taken slugs', async () => {
    const input = { kind: 'ROADMAP' as const, subjectId: roadmapId };
    const anonymous = await graphqlRequest(server.url, Publish, { input });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const foreign = await graphqlRequest(server.url, Publish, { input }, { token: outsider.token });
    expect(firstErrorCode(foreign.body)).toBe('FORBIDDEN');
    const removal = await graphqlRequest(server.url, Unpublish, input, { token: outsider.token });
    expect(firstErrorCode(removal.body)).toBe('FORBIDDEN');
    const malformed = await graphqlRequest(
      server.url,
      Publish,
      { input: { ...input, slug: 'Niet Goed!' } },
      { token: member.token },
    );
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });

    const other = await buildRoadmap(
      server.runtime.models,
      (await server.runtime.models.Taskforce.findById(taskforceId))!._id,
      {
        title: 'Tweede plan',
      },
    );
    const taken = await graphqlRequest(
      server.url,
      Publish,
      { input: { kind: 'ROADMAP', subjectId: other.id, slug: 'agenda-raad' } },
      { token: member.token },
    );
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({ field: 'slug', reason: 'TAKEN' });
    // The first publication is untouched.
    const still = await graphqlData(server.url, PublicRoadmap, { slug: 'agenda-raad' });
    expect(still.publicRoadmap?.title).toBe('Digitale agenda Utrecht');
  });
});

describe('publishing quick wins and pages', () => {
  it('shows a quick win’s rollout without people, and a municipality lists what it takes part in', async () => {
    const { models } = server.runtime;
    const initiative = await models.Initiative.create({
      title: 'Digitale aangifte overlijden',
      deadline: '2027-01-01',
      ownerTaskforceId: taskforceId,
      ownerUserId: member._id,
      participants: [
        { municipalityId: 'GM0344', status: 'LIVE', liveOn: '2026-03-01', updatedAt: new Date() },
      ],
    });
    await graphqlData(
      server.url,
      Publish,
      { input: { kind: 'QUICK_WIN', subjectId: String(initiative._id) } },
      { token: member.token },
    );
    const { body } = await graphqlRequest(server.url, PublicQuickWin, {
      slug: 'digitale-aangifte-overlijden',
    });
    expect(body.data?.publicQuickWin).toEqual({
      title: 'Digitale aangifte overlijden',
      liveCount: 1,
      participantCount: 1,
      participants: [{ municipalityCode: 'GM0344', municipalityName: 'Utrecht', status: 'LIVE' }],
    });
    expect(JSON.stringify(body)).not.toContain(MEMBER_NAME);

    const utrecht = await graphqlData(server.url, MunicipalityPublications, { code: 'GM0344' });
    expect(utrecht.municipalityPublications).toEqual(
      expect.arrayContaining([
        { kind: 'ROADMAP', slug: 'agenda-raad' },
        { kind: 'QUICK_WIN', slug: 'digitale-aangifte-overlijden' },
      ]),
    );
  });

  it('shows a knowledge page’s text and answers null once it is unpublished', async () => {
    const { models } = server.runtime;
    const page = await models.Page.create({
      title: 'Uitleg voor raadsleden',
      bodyText: 'Waarom wij samen standaarden kiezen.\nEn wat het kost.',
    });
    await graphqlData(
      server.url,
      Publish,
      { input: { kind: 'PAGE', subjectId: String(page._id), slug: 'uitleg-raad' } },
      { token: member.token },
    );
    const shown = await graphqlData(server.url, PublicPage, { slug: 'uitleg-raad' });
    expect(shown.publicPage).toEqual({
      title: 'Uitleg voor raadsleden',
      paragraphs: ['Waarom wij samen standaarden kiezen.', 'En wat het kost.'],
    });
    await graphqlData(
      server.url,
      Unpublish,
      { kind: 'PAGE', subjectId: String(page._id) },
      { token: member.token },
    );
    expect((await graphqlData(server.url, PublicPage, { slug: 'uitleg-raad' })).publicPage).toBeNull();
    expect((await fetch(`${server.url}/openbaar/kennis/uitleg-raad`)).status).toBe(404);
  });
});

describe('search', () => {
  it('finds a roadmap by the words of its vision, its milestones and its comments', async () => {
    const ids = (groups: Awaited<ReturnType<typeof search>>) =>
      groups.filter((g) => g.kind === 'ROADMAP').flatMap((g) => g.hits.map((h) => h.id));
    expect(ids(await search('zeeluchtstroomlijning', member.token))).toEqual([roadmapId]);
    expect(ids(await search('kwartiermakersfeest', member.token))).toEqual([roadmapId]);
    expect(ids(await search('budgetkrapte', member.token))).toEqual([roadmapId]);
    // Visitors do not search roadmaps.
    expect(
      ids(
        await graphqlData(server.url, Search, { text: 'zeeluchtstroomlijning' }).then((d) => d.search.groups),
      ),
    ).toEqual([]);
  });

  it('finds a standard by the words of its co-edited description', async () => {
    const standard = await buildStandard(server.runtime.models, { name: 'Beschreven standaard' });
    await edit(documentName('standard', String(standard._id)), (doc) =>
      doc.getXmlFragment('description').insert(0, [paragraph('Over de grondwaterpeilmeting van gemeenten.')]),
    );
    const groups = await search('grondwaterpeilmeting', member.token);
    expect(groups.find((g) => g.kind === 'STANDARD')?.hits.map((h) => h.id)).toEqual([String(standard._id)]);
  });

  it('backfills pages, visions and descriptions no one opened since search arrived, once', async () => {
    const { models, pubsub, logger } = server.runtime;
    // A page from before projection: no `bodyText` at all, its words only in the stored document.
    const inserted = await models.Page.collection.insertOne({
      title: 'Oude pagina',
      createdById: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const pageId = String(inserted.insertedId);
    const body = new Y.Doc();
    body.getXmlFragment('body').insert(0, [paragraph('Vergeten woord: schaduwboekhouding.')]);
    await writeSnapshot(models, documentName('page', pageId), Y.encodeStateAsUpdate(body));
    const roadmap = await buildRoadmap(models, (await models.Taskforce.findById(taskforceId))!._id, {
      title: 'Nooit geopend plan',
    });
    const vision = new Y.Doc();
    vision.getXmlFragment('vision').insert(0, [paragraph('Een visie vol knotwilgenbeheer.')]);
    await writeSnapshot(models, roadmap.name, Y.encodeStateAsUpdate(vision));

    expect(await search('schaduwboekhouding', member.token)).toEqual([]);
    expect(await backfillSearchText(models, pubsub, logger)).toBeGreaterThanOrEqual(2);
    const pageHits = await eventually(async () => {
      const groups = await search('schaduwboekhouding', member.token);
      expect(groups).not.toEqual([]);
      return groups;
    });
    expect(pageHits.find((g) => g.kind === 'PAGE')?.hits.map((h) => h.id)).toEqual([pageId]);
    const roadmapHits = await eventually(async () => {
      const groups = await search('knotwilgenbeheer', member.token);
      expect(groups).not.toEqual([]);
      return groups;
    });
    expect(roadmapHits.find((g) => g.kind === 'ROADMAP')?.hits.map((h) => h.id)).toEqual([roadmap.id]);
    // Done once: a second run finds nothing left.
    expect(await backfillSearchText(models, pubsub, logger)).toBe(0);
  });
});

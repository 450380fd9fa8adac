import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const CreateStandard = graphql(`
  mutation CatalogueCreateStandard($input: CreateStandardInput!) {
    createStandard(input: $input) {
      standard {
        id
        links {
          label
          url
        }
      }
    }
  }
`);

const ChangeLifecycle = graphql(`
  mutation CatalogueChangeLifecycle($input: ChangeStandardLifecycleInput!) {
    changeStandardLifecycle(input: $input) {
      standard {
        lifecycle
        lifecycleReason
        successor {
          name
        }
      }
    }
  }
`);

const UpdateLifecycle = graphql(`
  mutation CatalogueUpdateLifecycle($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        lifecycle
      }
    }
  }
`);

const Publish = graphql(`
  mutation CataloguePublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        versions {
          number
        }
      }
    }
  }
`);

const Subscribe = graphql(`
  mutation CatalogueSubscribe($municipalityId: ID!, $standardId: ID!) {
    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {
      id
    }
  }
`);

const ReviewTasks = graphql(`
  query CatalogueReviewTasks($municipalityId: ID) {
    reviewTasks(municipalityId: $municipalityId) {
      version
      viewerCanEdit
      municipality {
        code
      }
      standard {
        id
      }
    }
  }
`);

const Confirm = graphql(`
  mutation CatalogueConfirm($municipalityId: ID!, $standardId: ID!) {
    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {
      adoption {
        status
        needsReview
        history {
          status
        }
      }
    }
  }
`);

const Report = graphql(`
  mutation CatalogueReport($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        needsReview
      }
    }
  }
`);

const AdoptionOf = graphql(`
  query CatalogueAdoptionOf($municipalityId: ID, $standardId: ID) {
    adoptions(municipalityId: $municipalityId, standardId: $standardId) {
      nodes {
        needsReview
        reviewVersion
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let utrecht: SignedInUser;
let amersfoort: SignedInUser;
let zeist: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0307',
    cbsNumber: '0307',
    name: 'Amersfoort',
    officialName: 'Amersfoort',
  });
  await buildMunicipality(models, { _id: 'GM0355', cbsNumber: '0355', name: 'Zeist', officialName: 'Zeist' });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  utrecht = await buildEditor(models, 'GM0344');
  amersfoort = await buildEditor(models, 'GM0307');
  zeist = await buildEditor(models, 'GM0355');
});
afterAll(() => server.close());

describe('createStandard links', () => {
  it('keeps https and mailto links and refuses any other scheme, naming the field', async () => {
    const input = {
      slug: 'links-api',
      name: 'Links API',
      category: 'API_STANDARD' as const,
      lifecycle: 'DRAFT' as const,
    };
    const created = await graphqlData(
      server.url,
      CreateStandard,
      {
        input: {
          ...input,
          links: [
            { label: 'Specificatie', url: 'https://example.org/spec' },
            { label: 'Beheer', url: 'mailto:beheer@example.org' },
          ],
        },
      },
      { token: admin.token },
    );
    expect(created.createStandard.standard.links.map((l) => l.url)).toEqual([
      'https://example.org/spec',
      'mailto:beheer@example.org',
    ]);
    const bad = await graphqlRequest(
      server.url,
      CreateStandard,
      { input: { ...input, slug: 'links-api-2', links: [{ label: 'x', url: 'javascript:alert(1)' }] } },
      { token: admin.token },
    );
    expect(firstErrorCode(bad.body)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('links.0.url');
  });
});

describe('changeStandardLifecycle', () => {
  it('moves one stage forward, back only with a reason, and names a successor when deprecated', async () => {
    const { models } = server.runtime;
    const standard = await buildStandard(models, { lifecycle: 'DRAFT' });
    const successor = await buildStandard(models, { name: 'Opvolger API' });
    const standardId = String(standard._id);
    const change = (input: Record<string, unknown>) =>
      graphqlRequest(
        server.url,
        ChangeLifecycle,
        { input: { standardId, ...input } as never },
        { token: admin.token },
      );

    const skip = await change({ lifecycle: 'ESTABLISHED' });
    expect(skip.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lifecycle' });
    expect(
      (await change({ lifecycle: 'CANDIDATE' })).body.data?.changeStandardLifecycle.standard.lifecycle,
    ).toBe('CANDIDATE');
    const backWithout = await change({ lifecycle: 'DRAFT' });
    expect(backWithout.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const back = await change({ lifecycle: 'DRAFT', reason: 'Nog niet rijp' });
    expect(back.body.data?.changeStandardLifecycle.standard).toMatchObject({
      lifecycle: 'DRAFT',
      lifecycleReason: 'Nog niet rijp',
    });
    const early = await change({ lifecycle: 'CANDIDATE', successorId: String(successor._id) });
    expect(early.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'successorId',
    });
    await change({ lifecycle: 'CANDIDATE' });
    await change({ lifecycle: 'ESTABLISHED' });
    const deprecated = await change({ lifecycle: 'DEPRECATED', successorId: String(successor._id) });
    expect(deprecated.body.data?.changeStandardLifecycle.standard).toMatchObject({
      lifecycle: 'DEPRECATED',
      successor: { name: 'Opvolger API' },
      lifecycleReason: null,
    });
    const viaUpdate = await graphqlRequest(
      server.url,
      UpdateLifecycle,
      { input: { id: standardId, lifecycle: 'DRAFT' } },
      { token: admin.token },
    );
    expect(viaUpdate.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lifecycle',
    });
  });

  it('refuses signed-out visitors and non-admins', async () => {
    const standard = await buildStandard(server.runtime.models, { lifecycle: 'DRAFT' });
    const input = { standardId: String(standard._id), lifecycle: 'CANDIDATE' as const };
    expect(firstErrorCode((await graphqlRequest(server.url, ChangeLifecycle, { input })).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      firstErrorCode(
        (await graphqlRequest(server.url, ChangeLifecycle, { input }, { token: utrecht.token })).body,
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('publishStandardVersion review tasks', () => {
  it('opens a task for every subscribed municipality, also without a record, closed by confirm or report', async () => {
    const standard = await buildStandard(server.runtime.models);
    const standardId = String(standard._id);
    // Utrecht has a record; Amersfoort follows without one; Zeist does not follow.
    await graphqlData(
      server.url,
      Report,
      { input: { municipalityId: 'GM0344', standardId, status: 'PLANNED' } },
      { token: utrecht.token },
    );
    for (const [code, editor] of [
      ['GM0344', utrecht],
      ['GM0307', amersfoort],
    ] as const) {
      await graphqlData(server.url, Subscribe, { municipalityId: code, standardId }, { token: editor.token });
    }
    await graphqlData(
      server.url,
      Publish,
      { standardId, number: '2.0', date: '2026-12-01', changes: 'Nieuw' },
      { token: admin.token },
    );

    const tasksOf = async (editor: SignedInUser) =>
      (await graphqlData(server.url, ReviewTasks, {}, { token: editor.token })).reviewTasks.filter(
        (task) => task.standard.id === standardId,
      );
    expect(await tasksOf(amersfoort)).toEqual([
      expect.objectContaining({ version: '2.0', viewerCanEdit: true, municipality: { code: 'GM0307' } }),
    ]);
    expect(await tasksOf(utrecht)).toHaveLength(1);
    expect(await tasksOf(zeist)).toEqual([]);
    const scorecard = await graphqlData(
      server.url,
      ReviewTasks,
      { municipalityId: 'GM0307' },
      { token: zeist.token },
    );
    expect(scorecard.reviewTasks.find((t) => t.standard.id === standardId)?.viewerCanEdit).toBe(false);

    // Amersfoort (no record) confirms: the task closes, no record appears.
    const confirmed = await graphqlData(
      server.url,
      Confirm,
      { municipalityId: 'GM0307', standardId },
      { token: amersfoort.token },
    );
    expect(confirmed.confirmAdoptionReview.adoption).toBeNull();
    expect(await tasksOf(amersfoort)).toEqual([]);
    const again = await graphqlRequest(
      server.url,
      Confirm,
      { municipalityId: 'GM0307', standardId },
      { token: amersfoort.token },
    );
    expect(firstErrorCode(again.body)).toBe('NOT_FOUND');

    // Utrecht's record needs review until its editor reports.
    const before = await graphqlData(server.url, AdoptionOf, { municipalityId: 'GM0344', standardId });
    expect(before.adoptions.nodes).toEqual([{ needsReview: true, reviewVersion: '2.0' }]);
    await graphqlData(
      server.url,
      Report,
      { input: { municipalityId: 'GM0344', standardId, status: 'IN_PROGRESS' } },
      { token: utrecht.token },
    );
    expect(await tasksOf(utrecht)).toEqual([]);
  });

  it('confirming keeps the status with a new history entry; refuses other municipalities and visitors', async () => {
    const standard = await buildStandard(server.runtime.models);
    const standardId = String(standard._id);
    await graphqlData(
      server.url,
      Report,
      { input: { municipalityId: 'GM0344', standardId, status: 'ADOPTED' } },
      { token: utrecht.token },
    );
    await graphqlData(
      server.url,
      Subscribe,
      { municipalityId: 'GM0344', standardId },
      { token: utrecht.token },
    );
    await graphqlData(
      server.url,
      Publish,
      { standardId, number: '3.1', date: '2026-12-02', changes: '' },
      { token: admin.token },
    );
    const anonymous = await graphqlRequest(server.url, Confirm, { municipalityId: 'GM0344', standardId });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const other = await graphqlRequest(
      server.url,
      Confirm,
      { municipalityId: 'GM0344', standardId },
      { token: zeist.token },
    );
    expect(firstErrorCode(other.body)).toBe('FORBIDDEN');
    const bad = await graphqlRequest(
      server.url,
      Confirm,
      { municipalityId: 'Utrecht', standardId },
      { token: utrecht.token },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityId',
    });
    const confirmed = await graphqlData(
      server.url,
      Confirm,
      { municipalityId: 'GM0344', standardId },
      { token: utrecht.token },
    );
    expect(confirmed.confirmAdoptionReview.adoption).toMatchObject({
      status: 'ADOPTED',
      needsReview: false,
      history: [{ status: 'ADOPTED' }, { status: 'ADOPTED' }],
    });
    const anonymousTasks = await graphqlRequest(server.url, ReviewTasks, {});
    expect(firstErrorCode(anonymousTasks.body)).toBe('UNAUTHENTICATED');
  });
});

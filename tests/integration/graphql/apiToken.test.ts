import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { hashToken } from '../../../server/auth/session';
import { ADOPTION_CHANGED } from '../../../server/events/topics';
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
import { subscribe, subscriptionClient, whenSubscribed } from '../../support/subscriptionClient';

const CreateApiToken = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        scopes
        municipality {
          code
        }
        expiresAt
        active
      }
    }
  }
`);

const ApiTokens = graphql(`
  query ApiTokens($municipalityId: ID) {
    apiTokens(municipalityId: $municipalityId) {
      id
      name
      lastUsedAt
      revokedAt
      active
      createdBy {
        id
      }
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      active
      revokedAt
    }
  }
`);

const TokenAuditLog = graphql(`
  query TokenAuditLog($subjectId: ID!) {
    auditLog(subjectId: $subjectId) {
      nodes {
        action
        actor {
          id
        }
        apiToken {
          id
          name
        }
      }
    }
  }
`);

const AdoptionChangedForToken = graphql(`
  subscription AdoptionChangedForToken($municipalityId: ID) {
    adoptionChanged(municipalityId: $municipalityId) {
      id
      status
    }
  }
`);

/** The report a municipality's system sends, written out as a client without Koers's code would. */
const REPORT = `mutation Report($input: UpdateAdoptionInput!) {
  updateAdoption(input: $input) { adoption { id status municipality { code } } }
}`;

let server: KoersServer;
let admin: SignedInUser;
let utrechtEditor: SignedInUser;
let standardId: string;

/** One year from now, as the last day a token works. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A plain HTTP POST with a bearer token: what `curl -H 'Authorization: Bearer …'` sends. */
async function post(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as FormattedExecutionResult,
  };
}

function report(token: string, municipalityId: string, status = 'ADOPTED') {
  return post(token, REPORT, { input: { municipalityId, standardId, status } });
}

async function createToken(
  by: SignedInUser,
  input: { scopes: string[]; municipalityId?: string | null; name?: string },
) {
  const { createApiToken } = await graphqlData(
    server.url,
    CreateApiToken,
    { input: { name: input.name ?? 'Zaaksysteem', expiresOn: inDays(365), ...input } },
    { token: by.token },
  );
  return createApiToken;
}

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0363',
    cbsNumber: '0363',
    name: 'Amsterdam',
    officialName: 'Amsterdam',
  });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  utrechtEditor = await buildEditor(models, 'GM0344');
  standardId = String((await buildStandard(models))._id);
});
afterAll(() => server.close());

describe('createApiToken', () => {
  it('shows the token once and keeps only its hash', async () => {
    const created = await createToken(utrechtEditor, {
      scopes: ['adoption:write'],
      municipalityId: 'GM0344',
    });
    expect(created.token).toMatch(/^koers_pat_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({
      scopes: ['adoption:write'],
      municipality: { code: 'GM0344' },
      active: true,
    });
    const stored = await server.runtime.models.ApiToken.findOne({ publicId: created.apiToken.id }).lean();
    expect(stored?._id).toBe(hashToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
  });

  it('lets an editor create tokens only for their own municipality, and a token none at all', async () => {
    const { body } = await graphqlRequest(
      server.url,
      CreateApiToken,
      {
        input: {
          name: 'Elders',
          scopes: ['adoption:write'],
          municipalityId: 'GM0363',
          expiresOn: inDays(30),
        },
      },
      { token: utrechtEditor.token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'apiToken:manage' });

    const national = await graphqlRequest(
      server.url,
      CreateApiToken,
      { input: { name: 'Landelijk', scopes: ['standards:read'], expiresOn: inDays(30) } },
      { token: utrechtEditor.token },
    );
    expect(firstErrorCode(national.body)).toBe('FORBIDDEN');

    const { token } = await createToken(utrechtEditor, {
      scopes: ['adoption:write', 'adoption:read'],
      municipalityId: 'GM0344',
    });
    const byToken = await graphqlRequest(
      server.url,
      CreateApiToken,
      {
        input: { name: 'Kind', scopes: ['adoption:write'], municipalityId: 'GM0344', expiresOn: inDays(30) },
      },
      { token },
    );
    expect(byToken.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      action: 'apiToken:manage',
    });
  });

  it('refuses an expiry beyond a year, an unknown scope and an empty name, naming the field', async () => {
    const cases: Array<[{ name?: string; scopes?: string[]; expiresOn?: string }, string]> = [
      [{ expiresOn: inDays(400) }, 'expiresOn'],
      [{ scopes: ['everything'] }, 'scopes.0'],
      [{ scopes: [] }, 'scopes'],
      [{ name: '  ' }, 'name'],
    ];
    for (const [override, field] of cases) {
      const { body } = await graphqlRequest(
        server.url,
        CreateApiToken,
        {
          input: {
            name: 'Systeem',
            scopes: ['adoption:read'],
            municipalityId: 'GM0344',
            expiresOn: inDays(30),
            ...override,
          },
        },
        { token: utrechtEditor.token },
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('a token with adoption:write for Utrecht', () => {
  it('reports adoption over plain HTTP for Utrecht, audited as the token, and is refused for Amsterdam', async () => {
    const created = await createToken(utrechtEditor, {
      scopes: ['adoption:write'],
      municipalityId: 'GM0344',
      name: 'Zaaksysteem Utrecht',
    });
    const utrecht = await report(created.token, 'GM0344');
    expect(utrecht.status).toBe(200);
    expect(utrecht.body.errors).toBeUndefined();
    const adoption = (
      utrecht.body.data as {
        updateAdoption: { adoption: { id: string; status: string; municipality: { code: string } } };
      }
    ).updateAdoption.adoption;
    expect(adoption).toMatchObject({ status: 'ADOPTED', municipality: { code: 'GM0344' } });

    const amsterdam = await report(created.token, 'GM0363');
    expect(amsterdam.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      action: 'adoption:update',
    });
    expect(await server.runtime.models.Adoption.countDocuments({ municipalityId: 'GM0363' })).toBe(0);

    const { auditLog } = await graphqlData(
      server.url,
      TokenAuditLog,
      { subjectId: adoption.id },
      { token: admin.token },
    );
    expect(auditLog.nodes[0]).toEqual({
      action: 'adoption:update',
      actor: { id: utrechtEditor.id },
      apiToken: { id: created.apiToken.id, name: 'Zaaksysteem Utrecht' },
    });

    const { apiTokens } = await graphqlData(server.url, ApiTokens, {}, { token: utrechtEditor.token });
    const listed = apiTokens.find((t) => t.id === created.apiToken.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(listed?.createdBy?.id).toBe(utrechtEditor.id);
  });

  it('reads nothing its scopes do not open, public figures included', async () => {
    const { token } = await createToken(utrechtEditor, {
      scopes: ['adoption:write'],
      municipalityId: 'GM0344',
    });
    const read = await post(token, '{ adoptions(first: 1) { totalCount } }');
    expect(read.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'adoption:read' });
    const roadmaps = await post(token, '{ roadmaps(first: 1) { totalCount } }');
    expect(roadmaps.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      action: 'roadmap:read',
    });
  });

  it("an admin's token for Utrecht is refused for Amsterdam although the admin is not", async () => {
    const { token } = await createToken(admin, { scopes: ['adoption:write'], municipalityId: 'GM0344' });
    expect((await report(token, 'GM0344')).body.errors).toBeUndefined();
    expect(firstErrorCode((await report(token, 'GM0363')).body)).toBe('FORBIDDEN');
  });
});

describe('revokeApiToken', () => {
  it('refuses the next call and closes the graphql-ws subscription opened with it', async () => {
    const created = await createToken(utrechtEditor, {
      scopes: ['adoption:write', 'adoption:read'],
      municipalityId: 'GM0344',
    });
    const client = subscriptionClient(server.port, created.token);
    const subscribed = whenSubscribed(server.runtime, ADOPTION_CHANGED);
    const live = subscribe(client, AdoptionChangedForToken, { municipalityId: 'GM0344' });
    await subscribed;
    expect((await report(created.token, 'GM0344', 'IN_PROGRESS')).body.errors).toBeUndefined();
    expect((await live.next()).data?.adoptionChanged.status).toBe('IN_PROGRESS');

    const { revokeApiToken } = await graphqlData(
      server.url,
      RevokeApiToken,
      { id: created.apiToken.id },
      { token: utrechtEditor.token },
    );
    expect(revokeApiToken.active).toBe(false);

    const [closed] = await live.errors;
    expect((closed as { code?: number }).code).toBe(4403);
    const next = await report(created.token, 'GM0344');
    expect(next.status).toBe(401);
    expect(firstErrorCode(next.body)).toBe('UNAUTHENTICATED');
    await client.dispose();
  });

  it('is for the managers of its municipality only', async () => {
    const created = await createToken(admin, { scopes: ['standards:read'], municipalityId: 'GM0363' });
    const { body } = await graphqlRequest(
      server.url,
      RevokeApiToken,
      { id: created.apiToken.id },
      { token: utrechtEditor.token },
    );
    expect(firstErrorCode(body)).toBe('FORBIDDEN');
    const still = await post(created.token, '{ standards(first: 1) { totalCount } }');
    expect(still.body.errors).toBeUndefined();
  });
});

describe('rate limit per token', () => {
  let limited: KoersServer;
  beforeAll(async () => {
    limited = await startTestServer({ API_TOKEN_RATE_LIMIT: '3' });
  });
  afterAll(() => limited.close());

  it('answers 429 RATE_LIMITED with Retry-After once a token used its minute, other tokens unaffected', async () => {
    const { models } = limited.runtime;
    await buildMunicipality(models);
    const editor = await buildEditor(models, 'GM0344');
    const make = async () =>
      (
        await graphqlData(
          limited.url,
          CreateApiToken,
          {
            input: {
              name: 'Dashboard',
              scopes: ['standards:read'],
              municipalityId: 'GM0344',
              expiresOn: inDays(7),
            },
          },
          { token: editor.token },
        )
      ).createApiToken.token;
    const busy = await make();
    const quiet = await make();
    const ask = (token: string) =>
      fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ standards(first: 1) { totalCount } }' }),
      });
    for (let i = 0; i < 3; i++) expect((await ask(busy)).status).toBe(200);
    const refused = await ask(busy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as FormattedExecutionResult;
    expect(firstErrorCode(body)).toBe('RATE_LIMITED');
    expect((await ask(quiet)).status).toBe(200);
  });
});

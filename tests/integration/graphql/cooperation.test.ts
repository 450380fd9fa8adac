import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildMunicipality, buildStandard, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const CreateCooperation = graphql(`
  mutation CooperationCreate($input: CreateCooperationInput!) {
    createCooperation(input: $input) {
      id
      name
      members {
        code
      }
    }
  }
`);

const AddMember = graphql(`
  mutation CooperationAddMember($cooperationId: ID!, $municipalityId: ID!) {
    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {
      members {
        code
      }
    }
  }
`);

const Rename = graphql(`
  mutation CooperationRename($input: UpdateCooperationInput!) {
    updateCooperation(input: $input) {
      name
    }
  }
`);

const ReportAll = graphql(`
  mutation CooperationReport($input: ReportAdoptionForCooperationInput!) {
    reportAdoptionForCooperation(input: $input) {
      adoptions {
        status
        municipality {
          code
        }
        updatedBy {
          name
        }
        reportedFor {
          name
        }
        history {
          cooperation {
            name
          }
        }
      }
    }
  }
`);

const Report = graphql(`
  mutation CooperationOwnReport($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        reportedFor {
          name
        }
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let outsider: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  await buildMunicipality(models, {
    _id: 'GM0505',
    cbsNumber: '0505',
    name: 'Dordrecht',
    officialName: 'Dordrecht',
  });
  await buildMunicipality(models, {
    _id: 'GM0590',
    cbsNumber: '0590',
    name: 'Papendrecht',
    officialName: 'Papendrecht',
  });
  await buildMunicipality(models, {
    _id: 'GM0642',
    cbsNumber: '0642',
    name: 'Zwijndrecht',
    officialName: 'Zwijndrecht',
  });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  outsider = await buildUser(models, { roles: ['MUNICIPALITY_EDITOR'], municipalityId: 'GM0642' });
});
afterAll(() => server.close());

describe('cooperations', () => {
  it('are set up by admins; their editor reports for all members, each record naming the cooperation', async () => {
    const created = await graphqlData(
      server.url,
      CreateCooperation,
      { input: { name: 'Drechtsteden test', memberIds: ['GM0505'] } },
      { token: admin.token },
    );
    const cooperationId = created.createCooperation.id;
    await graphqlData(
      server.url,
      AddMember,
      { cooperationId, municipalityId: 'GM0590' },
      { token: admin.token },
    );
    const renamed = await graphqlData(
      server.url,
      Rename,
      { input: { id: cooperationId, name: 'Drechtsteden' } },
      { token: admin.token },
    );
    expect(renamed.updateCooperation.name).toBe('Drechtsteden');

    const { models } = server.runtime;
    const editor = await buildUser(models, {
      roles: ['MUNICIPALITY_EDITOR'],
      municipalityId: 'GM0505',
      name: 'Dirk Drecht',
      cooperationId: created.createCooperation.id as never,
    });
    const standard = await buildStandard(models);
    const input = { cooperationId, standardId: String(standard._id), status: 'PLANNED' as const };
    const all = await graphqlData(server.url, ReportAll, { input }, { token: editor.token });
    expect(
      all.reportAdoptionForCooperation.adoptions.map((a) => [
        a.municipality.code,
        a.status,
        a.reportedFor?.name,
      ]),
    ).toEqual([
      ['GM0505', 'PLANNED', 'Drechtsteden'],
      ['GM0590', 'PLANNED', 'Drechtsteden'],
    ]);
    expect(all.reportAdoptionForCooperation.adoptions[1]).toMatchObject({
      updatedBy: { name: 'Dirk Drecht' },
      history: [{ cooperation: { name: 'Drechtsteden' } }],
    });

    // One member through the ordinary report: a member that is not one's own records the cooperation.
    const member = await graphqlData(
      server.url,
      Report,
      { input: { municipalityId: 'GM0590', standardId: String(standard._id), status: 'ADOPTED' } },
      { token: editor.token },
    );
    expect(member.updateAdoption.adoption.reportedFor?.name).toBe('Drechtsteden');
    const own = await graphqlData(
      server.url,
      Report,
      { input: { municipalityId: 'GM0505', standardId: String(standard._id), status: 'ADOPTED' } },
      { token: editor.token },
    );
    expect(own.updateAdoption.adoption.reportedFor).toBeNull();

    const notMember = await graphqlRequest(
      server.url,
      ReportAll,
      { input: { ...input, municipalityId: 'GM0642' } },
      { token: editor.token },
    );
    expect(notMember.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityId',
    });
    const stranger = await graphqlRequest(server.url, ReportAll, { input }, { token: outsider.token });
    expect(firstErrorCode(stranger.body)).toBe('FORBIDDEN');
    expect(firstErrorCode((await graphqlRequest(server.url, ReportAll, { input })).body)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses non-admins, an unknown member and a taken name', async () => {
    const input = { name: 'Holland Rijnland test' };
    expect(
      firstErrorCode(
        (await graphqlRequest(server.url, CreateCooperation, { input }, { token: outsider.token })).body,
      ),
    ).toBe('FORBIDDEN');
    const unknown = await graphqlRequest(
      server.url,
      CreateCooperation,
      { input: { ...input, memberIds: ['GM9999'] } },
      { token: admin.token },
    );
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberIds',
    });
    await graphqlData(server.url, CreateCooperation, { input }, { token: admin.token });
    const taken = await graphqlRequest(server.url, CreateCooperation, { input }, { token: admin.token });
    expect(firstErrorCode(taken.body)).toBe('CONFLICT');
  });
});

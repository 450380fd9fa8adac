import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildMunicipality } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const MunicipalityProvince = graphql(`
  query MunicipalityProvince($code: String!) {
    municipality(code: $code) {
      province {
        code
        municipalityCount
      }
    }
  }
`);

let server: KoersServer;

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
  // An ended municipality of the same province does not count.
  await buildMunicipality(models, {
    _id: 'GM0736',
    cbsNumber: '0736',
    name: 'De Ronde Venen (oud)',
    officialName: 'De Ronde Venen',
    validUntil: '2011-01-01',
  });
  await buildMunicipality(models, {
    _id: 'GM0363',
    cbsNumber: '0363',
    name: 'Amsterdam',
    officialName: 'Amsterdam',
    provinceCode: 'PV27',
    province: 'Noord-Holland',
  });
});
afterAll(async () => {
  await server?.close();
});

describe('Municipality.province', () => {
  it('counts the current municipalities of the province', async () => {
    const { municipality } = await graphqlData(server.url, MunicipalityProvince, { code: 'GM0344' });
    expect(municipality?.province).toEqual({ code: 'PV26', municipalityCount: 2 });
  });
});

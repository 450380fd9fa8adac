import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildMunicipality } from '../../support/factories';
import { collectionOf, commandsDuring } from '../../support/commands';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Municipalities = graphql(`
  query MunicipalityList(
    $first: Int
    $after: String
    $province: String
    $search: String
    $includeEnded: Boolean
  ) {
    municipalities(
      first: $first
      after: $after
      province: $province
      search: $search
      includeEnded: $includeEnded
    ) {
      totalCount
      nodes {
        code
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Provinces = graphql(`
  query ProvinceList {
    provinces {
      code
      name
      municipalityCount
    }
  }
`);

let server: KoersServer;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  const at = (code: string, name: string, provinceCode: string, province: string, validUntil?: string) =>
    buildMunicipality(models, {
      _id: code,
      cbsNumber: code.slice(2),
      name,
      officialName: name,
      provinceCode,
      province,
      ...(validUntil ? { validUntil } : {}),
    });
  await at('GM0344', 'Utrecht', 'PV26', 'Utrecht');
  await at('GM0307', 'Amersfoort', 'PV26', 'Utrecht');
  await at('GM0363', 'Amsterdam', 'PV27', 'Noord-Holland');
  await at('GM0164', 'Hengelo', 'PV21', 'Overijssel');
  await at('GM0393', 'Haarlemmerliede en Spaarnwoude', 'PV27', 'Noord-Holland', '2019-01-01');
});
afterAll(() => server.close());

describe('municipalities and provinces', () => {
  it('lists by name, filtered by province, part of the name and ending, in pages', async () => {
    const codes = async (variables: Record<string, unknown>) =>
      (await graphqlData(server.url, Municipalities, variables)).municipalities.nodes.map((n) => n.code);
    expect(await codes({})).toEqual(['GM0307', 'GM0363', 'GM0164', 'GM0344']);
    expect(await codes({ includeEnded: true })).toEqual(['GM0307', 'GM0363', 'GM0393', 'GM0164', 'GM0344']);
    expect(await codes({ province: 'PV26' })).toEqual(['GM0307', 'GM0344']);
    expect(await codes({ province: 'Noord-Holland', includeEnded: true })).toEqual(['GM0363', 'GM0393']);
    expect(await codes({ search: '  AM ' })).toEqual(['GM0307', 'GM0363']);
    expect(await codes({ search: '.*' })).toEqual([]);

    const first = await graphqlData(server.url, Municipalities, { first: 3 });
    expect(first.municipalities).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = await graphqlData(server.url, Municipalities, {
      first: 3,
      after: first.municipalities.pageInfo.endCursor,
    });
    expect(rest.municipalities.nodes.map((n) => n.code)).toEqual(['GM0344']);
    expect(rest.municipalities.pageInfo.hasNextPage).toBe(false);

    const tooLong = await graphqlRequest(server.url, Municipalities, { search: 'x'.repeat(101) });
    expect(firstErrorCode(tooLong.body)).toBe('BAD_USER_INPUT');
  });

  it('counts current municipalities per province, and sees a change at the next request', async () => {
    expect((await graphqlData(server.url, Provinces, {})).provinces).toEqual([
      { code: 'PV27', name: 'Noord-Holland', municipalityCount: 1 },
      { code: 'PV21', name: 'Overijssel', municipalityCount: 1 },
      { code: 'PV26', name: 'Utrecht', municipalityCount: 2 },
    ]);
    await buildMunicipality(server.runtime.models, {
      _id: 'GM0356',
      cbsNumber: '0356',
      name: 'Nieuwegein',
      officialName: 'Nieuwegein',
    });
    const after = (await graphqlData(server.url, Provinces, {})).provinces;
    expect(after.find((p) => p.code === 'PV26')?.municipalityCount).toBe(3);
  });

  it('answers from memory while no municipality changed', async () => {
    await graphqlData(server.url, Municipalities, { search: 'a' });
    const commands = await commandsDuring(server.runtime.connection, async () => {
      await graphqlData(server.url, Municipalities, { search: 'u', province: 'PV26' });
      await graphqlData(server.url, Provinces, {});
    });
    expect(commands.map(collectionOf)).not.toContain('municipalities');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildMunicipality, buildUser, buildEditor } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { commandsDuring, describeCommand } from '../../support/commands';
import { startTestServer } from '../../support/server';

const MyRoles = graphql(`
  query MyRoles {
    me {
      id
      roles
    }
  }
`);

const CanEdit = graphql(`
  query CanEditUtrecht {
    municipality(code: "GM0344") {
      viewerCanEdit
    }
  }
`);

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
  await buildMunicipality(server.runtime.models);
});
afterAll(() => server.close());

describe('the viewer of a token', () => {
  it('is read once, then taken from memory: a signed-in request reads only the version counters', async () => {
    const editor = await buildEditor(server.runtime.models, 'GM0344');
    await graphqlData(server.url, CanEdit, {}, { token: editor.token });
    let answer: unknown;
    const commands = await commandsDuring(server.runtime.connection, async () => {
      answer = await graphqlData(server.url, CanEdit, {}, { token: editor.token });
    });
    expect(answer).toEqual({ municipality: { viewerCanEdit: true } });
    expect(commands.map(describeCommand)).toEqual(['find dataVersions']);
  });

  it('follows a role changed by any writer at the next request', async () => {
    const models = server.runtime.models;
    const user = await buildUser(models, { roles: ['MUNICIPALITY_EDITOR'], municipalityId: 'GM0344' });
    expect((await graphqlData(server.url, MyRoles, {}, { token: user.token })).me?.roles).toEqual([
      'MUNICIPALITY_EDITOR',
    ]);
    await models.User.updateOne({ _id: user.id }, { $set: { roles: ['MANAGER'] } });
    expect((await graphqlData(server.url, MyRoles, {}, { token: user.token })).me?.roles).toEqual([
      'MANAGER',
    ]);
  });

  it('ends with the session: a revoked or deactivated sign-in is refused at the next request', async () => {
    const models = server.runtime.models;
    const revoked = await buildUser(models);
    const deactivated = await buildUser(models);
    for (const user of [revoked, deactivated])
      await graphqlData(server.url, MyRoles, {}, { token: user.token });
    await models.Session.updateMany({ userId: revoked.id }, { $set: { revokedAt: new Date() } });
    await models.User.updateOne({ _id: deactivated.id }, { $set: { deactivatedAt: new Date() } });
    for (const user of [revoked, deactivated]) {
      const { body } = await graphqlRequest(server.url, MyRoles, {}, { token: user.token });
      expect(body.data?.me ?? null).toBeNull();
    }
  });
});

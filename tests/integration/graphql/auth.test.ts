import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildMunicipality, buildTaskforce, buildUser, TEST_PASSWORD } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        email
        roles
        municipality {
          code
        }
      }
    }
  }
`);

const Me = graphql(`
  query Me {
    me {
      id
      name
      email
      taskforces {
        name
        viewerCanEdit
      }
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('login', () => {
  it('returns a working token and the user, without the password hash', async () => {
    const models = server.runtime.models;
    await buildMunicipality(models);
    const editor = await buildUser(models, { roles: ['MUNICIPALITY_EDITOR'], municipalityId: 'GM0344' });
    const data = await graphqlData(server.url, Login, {
      email: editor.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(data.login.user).toMatchObject({
      id: editor.id,
      email: editor.email,
      roles: ['MUNICIPALITY_EDITOR'],
      municipality: { code: 'GM0344' },
    });
    expect(new Date(data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await graphqlData(server.url, Me, {}, { token: data.login.token });
    expect(me.me?.id).toBe(editor.id);
    const raw = await graphqlRequest(server.url, Login, { email: editor.email, password: TEST_PASSWORD });
    expect(JSON.stringify(raw.body)).not.toContain('argon2');
  });

  it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown account', async () => {
    const user = await buildUser(server.runtime.models);
    const wrong = await graphqlRequest(server.url, Login, { email: user.email, password: 'nope' });
    const unknown = await graphqlRequest(server.url, Login, {
      email: 'nobody@koers.example',
      password: 'nope',
    });
    expect(firstErrorCode(wrong.body)).toBe('UNAUTHENTICATED');
    expect(firstErrorCode(unknown.body)).toBe('UNAUTHENTICATED');
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
  });

  it('refuses malformed input with BAD_USER_INPUT naming the field', async () => {
    const { body } = await graphqlRequest(server.url, Login, { email: 'x', password: 'y' });
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe('email');
  });

  it('locks an account and address after five failures, even for the right password', async () => {
    const user = await buildUser(server.runtime.models);
    for (let i = 0; i < 5; i++) {
      const { body } = await graphqlRequest(server.url, Login, { email: user.email, password: `wrong-${i}` });
      expect(firstErrorCode(body)).toBe('UNAUTHENTICATED');
    }
    const { body } = await graphqlRequest(server.url, Login, { email: user.email, password: TEST_PASSWORD });
    expect(firstErrorCode(body)).toBe('RATE_LIMITED');
    expect(body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('me and logout', () => {
  it('is null when signed out, and null again after logout revoked the token', async () => {
    const models = server.runtime.models;
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    await buildTaskforce(models, [member], 'Taskforce Zaakgericht Werken');
    expect((await graphqlData(server.url, Me)).me).toBeNull();
    const me = await graphqlData(server.url, Me, {}, { token: member.token });
    expect(me.me?.taskforces).toEqual([{ name: 'Taskforce Zaakgericht Werken', viewerCanEdit: true }]);
    expect((await graphqlData(server.url, Logout, {}, { token: member.token })).logout).toBe(true);
    expect((await graphqlData(server.url, Me, {}, { token: member.token })).me).toBeNull();
    const again = await graphqlRequest(server.url, Logout, {}, { token: member.token });
    expect(firstErrorCode(again.body)).toBe('UNAUTHENTICATED');
  });

  it('hides other users’ e-mail addresses', async () => {
    const models = server.runtime.models;
    const a = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const b = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    await buildTaskforce(models, [a, b], 'Taskforce Privacy');
    const Members = graphql(`
      query TaskforceMembers {
        taskforces {
          name
          members {
            id
            email
          }
        }
      }
    `);
    const data = await graphqlData(server.url, Members, {}, { token: a.token });
    const members = data.taskforces.find((t) => t.name === 'Taskforce Privacy')?.members ?? [];
    expect(members.find((m) => m.id === a.id)?.email).toBe(a.email);
    expect(members.find((m) => m.id === b.id)?.email).toBeNull();
  });
});

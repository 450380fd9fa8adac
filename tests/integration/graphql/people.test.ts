import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import { buildRoadmap, nextClose, openProvider, synced } from '../../support/collab';
import {
  buildMunicipality,
  buildTaskforce,
  buildUser,
  TEST_PASSWORD,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Invite = graphql(`
  mutation PeopleInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      sent
      path
      expiresAt
      user {
        id
        email
        roles
        accountStatus
        municipality {
          code
        }
        taskforces {
          name
        }
      }
    }
  }
`);

const LinkInfo = graphql(`
  query PeopleLinkInfo($token: String!) {
    accountLink(token: $token) {
      purpose
      name
    }
  }
`);

const Accept = graphql(`
  mutation PeopleAccept($token: String!, $password: String!) {
    acceptAccountLink(token: $token, password: $password) {
      token
      user {
        name
        email
      }
    }
  }
`);

const Login = graphql(`
  mutation PeopleLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const Me = graphql(`
  query PeopleMe {
    me {
      name
      roles
    }
  }
`);

const Users = graphql(`
  query PeopleUsers($search: String) {
    users(search: $search, first: 50) {
      totalCount
      nodes {
        email
        accountStatus
      }
    }
  }
`);

const Access = graphql(`
  mutation PeopleAccess($input: UpdateUserAccessInput!) {
    updateUserAccess(input: $input) {
      roles
      municipality {
        code
      }
    }
  }
`);

const Deactivate = graphql(`
  mutation PeopleDeactivate($userId: ID!) {
    deactivateUser(userId: $userId) {
      accountStatus
    }
  }
`);

const Reactivate = graphql(`
  mutation PeopleReactivate($userId: ID!) {
    reactivateUser(userId: $userId) {
      accountStatus
    }
  }
`);

const CreateLink = graphql(`
  mutation PeopleCreateLink($userId: ID!) {
    createAccountLink(userId: $userId) {
      path
      sent
    }
  }
`);

const Rename = graphql(`
  mutation PeopleRename($name: String!) {
    updateMyName(name: $name) {
      name
    }
  }
`);

const ChangePassword = graphql(`
  mutation PeopleChangePassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const Reset = graphql(`
  mutation PeopleReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let reader: SignedInUser;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await buildMunicipality(server.runtime.models);
  admin = await buildUser(server.runtime.models, { roles: ['ADMIN'] });
  reader = await buildUser(server.runtime.models);
});
afterAll(async () => {
  for (const provider of providers) provider.destroy();
  await server.close();
});

const tokenOf = (path: string | null | undefined) => (path ?? '').split('#')[1] ?? '';
const NEW_PASSWORD = 'een lang nieuw wachtwoord';

describe('inviteUser and acceptAccountLink', () => {
  it('invites with a role, a municipality and a taskforce; the single-use link sets a password and signs in', async () => {
    const taskforce = await buildTaskforce(server.runtime.models, [], 'Taskforce Uitnodiging');
    const invited = await graphqlData(
      server.url,
      Invite,
      {
        input: {
          email: ' Nieuw@Gemeente.example ',
          name: 'Nina Nieuw',
          roles: ['MUNICIPALITY_EDITOR', 'TASKFORCE_MEMBER'],
          municipalityId: 'GM0344',
          taskforceId: String(taskforce._id),
        },
      },
      { token: admin.token },
    );
    const { user, path, sent, expiresAt } = invited.inviteUser;
    expect(sent).toBe(false);
    expect(path).toMatch(/^\/wachtwoord-instellen#[\w-]{40,}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(user).toMatchObject({
      email: 'nieuw@gemeente.example',
      accountStatus: 'INVITED',
      municipality: { code: 'GM0344' },
      taskforces: [{ name: 'Taskforce Uitnodiging' }],
    });
    // The database holds no usable token: only its hash.
    const stored = await server.runtime.models.AccountToken.find({ userId: user.id }).lean();
    expect(stored.map((t) => t._id)).not.toContain(tokenOf(path));

    const token = tokenOf(path);
    expect((await graphqlData(server.url, LinkInfo, { token })).accountLink).toEqual({
      purpose: 'INVITE',
      name: 'Nina Nieuw',
    });
    const short = await graphqlRequest(server.url, Accept, { token, password: 'kort' });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const accepted = await graphqlData(server.url, Accept, { token, password: NEW_PASSWORD });
    expect(accepted.acceptAccountLink.user).toEqual({ name: 'Nina Nieuw', email: 'nieuw@gemeente.example' });
    const me = await graphqlData(server.url, Me, {}, { token: accepted.acceptAccountLink.token });
    expect(me.me?.roles).toEqual(['MUNICIPALITY_EDITOR', 'TASKFORCE_MEMBER']);

    const again = await graphqlRequest(server.url, Accept, { token, password: NEW_PASSWORD });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await graphqlData(server.url, LinkInfo, { token })).accountLink).toBeNull();
    const login = await graphqlData(server.url, Login, {
      email: 'nieuw@gemeente.example',
      password: NEW_PASSWORD,
    });
    expect(login.login.token).toEqual(expect.any(String));
  });

  it('refuses visitors and non-admins, a taken address and an editor without a municipality', async () => {
    const input = { email: 'ander@gemeente.example', name: 'Ander', roles: ['MANAGER' as const] };
    expect(firstErrorCode((await graphqlRequest(server.url, Invite, { input })).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      firstErrorCode((await graphqlRequest(server.url, Invite, { input }, { token: reader.token })).body),
    ).toBe('FORBIDDEN');
    const taken = await graphqlRequest(
      server.url,
      Invite,
      { input: { ...input, email: admin.email } },
      { token: admin.token },
    );
    expect(firstErrorCode(taken.body)).toBe('CONFLICT');
    const editor = await graphqlRequest(
      server.url,
      Invite,
      { input: { ...input, roles: ['MUNICIPALITY_EDITOR'] } },
      { token: admin.token },
    );
    expect(editor.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityId',
    });
    const badEmail = await graphqlRequest(
      server.url,
      Invite,
      { input: { ...input, email: 'geen adres' } },
      { token: admin.token },
    );
    expect(badEmail.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const list = await graphqlData(server.url, Users, { search: 'ander@' }, { token: admin.token });
    expect(list.users.totalCount).toBe(0);
  });
});

describe('updateUserAccess, deactivateUser and reactivateUser', () => {
  it('changes a role; deactivation ends sessions and closes open sockets at once', async () => {
    const { models } = server.runtime;
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const taskforce = await buildTaskforce(models, [member]);
    const { name } = await buildRoadmap(models, taskforce._id);
    const changed = await graphqlData(
      server.url,
      Access,
      {
        input: {
          userId: member.id,
          roles: ['TASKFORCE_MEMBER', 'MUNICIPALITY_EDITOR'],
          municipalityId: 'GM0344',
        },
      },
      { token: admin.token },
    );
    expect(changed.updateUserAccess).toEqual({
      roles: ['TASKFORCE_MEMBER', 'MUNICIPALITY_EDITOR'],
      municipality: { code: 'GM0344' },
    });

    const provider = openProvider(server.port, name, member.token);
    providers.push(provider);
    await synced(provider);
    const closed = nextClose(provider);
    const deactivated = await graphqlData(
      server.url,
      Deactivate,
      { userId: member.id },
      { token: admin.token },
    );
    expect(deactivated.deactivateUser.accountStatus).toBe('DEACTIVATED');
    expect(await closed).toBe(CloseCode.Unauthenticated);
    expect(
      firstErrorCode((await graphqlRequest(server.url, Me, {}, { token: member.token })).body),
    ).toBeUndefined();
    expect((await graphqlData(server.url, Me, {}, { token: member.token })).me).toBeNull();
    const login = await graphqlRequest(server.url, Login, { email: member.email, password: TEST_PASSWORD });
    expect(firstErrorCode(login.body)).toBe('UNAUTHENTICATED');

    await graphqlData(server.url, Reactivate, { userId: member.id }, { token: admin.token });
    const back = await graphqlData(server.url, Login, { email: member.email, password: TEST_PASSWORD });
    expect(back.login.token).toEqual(expect.any(String));
  });

  it('refuses non-admins and an admin deactivating themselves', async () => {
    expect(
      firstErrorCode(
        (await graphqlRequest(server.url, Deactivate, { userId: admin.id }, { token: reader.token })).body,
      ),
    ).toBe('FORBIDDEN');
    const self = await graphqlRequest(server.url, Deactivate, { userId: admin.id }, { token: admin.token });
    expect(self.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const access = await graphqlRequest(
      server.url,
      Access,
      { input: { userId: reader.id, roles: ['MUNICIPALITY_EDITOR'] } },
      { token: admin.token },
    );
    expect(access.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityId',
    });
  });

  it('makes a reset link for an existing account; the reset ends its other sessions', async () => {
    const person = await buildUser(server.runtime.models);
    const link = await graphqlData(server.url, CreateLink, { userId: person.id }, { token: admin.token });
    const token = tokenOf(link.createAccountLink.path);
    expect((await graphqlData(server.url, LinkInfo, { token })).accountLink?.purpose).toBe('RESET');
    await graphqlData(server.url, Accept, { token, password: NEW_PASSWORD });
    expect((await graphqlData(server.url, Me, {}, { token: person.token })).me).toBeNull();
    expect(await graphqlData(server.url, Reset, { email: 'niemand@nergens.example' })).toEqual({
      requestPasswordReset: true,
    });
  });
});

describe('updateMyName and changeMyPassword', () => {
  it('changes the own name and password, after the current password; other sessions end', async () => {
    const { models } = server.runtime;
    const person = await buildUser(models, { name: 'Oude Naam' });
    const otherSession = await graphqlData(server.url, Login, {
      email: person.email,
      password: TEST_PASSWORD,
    });
    expect(
      (await graphqlData(server.url, Rename, { name: '  Nieuwe Naam ' }, { token: person.token }))
        .updateMyName,
    ).toEqual({ name: 'Nieuwe Naam' });
    const wrong = await graphqlRequest(
      server.url,
      ChangePassword,
      { currentPassword: 'fout', newPassword: NEW_PASSWORD },
      { token: person.token },
    );
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    const short = await graphqlRequest(
      server.url,
      ChangePassword,
      { currentPassword: TEST_PASSWORD, newPassword: 'kort' },
      { token: person.token },
    );
    expect(short.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    await graphqlData(
      server.url,
      ChangePassword,
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      { token: person.token },
    );
    expect((await graphqlData(server.url, Me, {}, { token: person.token })).me?.name).toBe('Nieuwe Naam');
    expect((await graphqlData(server.url, Me, {}, { token: otherSession.login.token })).me).toBeNull();
    const login = await graphqlData(server.url, Login, { email: person.email, password: NEW_PASSWORD });
    expect(login.login.token).toEqual(expect.any(String));
    const anonymous = await graphqlRequest(server.url, Rename, { name: 'X' });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
  });
});

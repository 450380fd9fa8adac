import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import {
  buildRoadmap,
  clientAddItem,
  itemTitles,
  nextClose,
  openProvider,
  rawSocket,
  synced,
  upgradeStatus,
} from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

const LogoutCollab = graphql(`
  mutation LogoutCollab {
    logout
  }
`);

const RemoveMember = graphql(`
  mutation RemoveMember($taskforceId: ID!, $userId: ID!) {
    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
    }
  }
`);

const AddMember = graphql(`
  mutation AddMember($taskforceId: ID!, $userId: ID!) {
    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
      viewerCanEdit
    }
  }
`);

let server: KoersServer;
const providers: WebsocketProvider[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

describe('revocation on open sockets', () => {
  it('closes the sockets of a session with 4401 on logout, and only those', async () => {
    const models = server.runtime.models;
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const bystander = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const taskforce = await buildTaskforce(models, [member, bystander]);
    const { name } = await buildRoadmap(models, taskforce._id);
    const p = openProvider(server.port, name, member.token);
    const q = openProvider(server.port, name, bystander.token);
    providers.push(p, q);
    await Promise.all([synced(p), synced(q)]);
    const closed = nextClose(p);
    await graphqlData(server.url, LogoutCollab, {}, { token: member.token });
    expect(await closed).toBe(CloseCode.Unauthenticated);
    expect(q.wsconnected).toBe(true);
  });

  it('refuses a signed-out token it knew, and keeps no document loaded for it', async () => {
    const models = server.runtime.models;
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const { name } = await buildRoadmap(models, (await buildTaskforce(models, [member]))._id);
    const p = openProvider(server.port, name, member.token);
    providers.push(p);
    await synced(p);
    p.destroy();
    await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name));
    await graphqlData(server.url, LogoutCollab, {}, { token: member.token });
    // The token resolved within the minute, so its document loads while the sign-in is checked.
    expect(server.runtime.viewers.knows(member.token)).toBe(true);
    expect(await upgradeStatus(rawSocket(server.port, name, member.token))).toBe(401);
    await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name));
    // A token never seen loads nothing at all.
    expect(await upgradeStatus(rawSocket(server.port, name, 'never-issued'))).toBe(401);
    expect(server.collab.registry.loadedNames()).not.toContain(name);
  });

  it('closes with 4403 when a membership is removed; the reconnect is read-only', async () => {
    const models = server.runtime.models;
    const admin = await buildUser(models, { roles: ['ADMIN'] });
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const taskforce = await buildTaskforce(models, [member]);
    const { name } = await buildRoadmap(models, taskforce._id);
    const p = openProvider(server.port, name, member.token);
    providers.push(p);
    await synced(p);
    const closed = nextClose(p);
    await graphqlData(
      server.url,
      RemoveMember,
      { taskforceId: String(taskforce._id), userId: member.id },
      { token: admin.token },
    );
    expect(await closed).toBe(CloseCode.AccessChanged);

    const again = openProvider(server.port, name, member.token);
    providers.push(again);
    await synced(again);
    clientAddItem(again.doc, 'x', 'Niet meer toegestaan');
    again.awareness.setLocalStateField('editing', 'Ex-lid');
    // Same socket, in order: once the server holds the awareness, it has handled the update too.
    await eventually(async () => {
      const seen = await server.collab.registry.with(name, (shared) =>
        [...shared.awareness.getStates().values()].some((s) => s.editing === 'Ex-lid'),
      );
      expect(seen).toBe(true);
    });
    expect(await server.collab.registry.with(name, (shared) => itemTitles(shared.doc))).toEqual([]);

    const reclosed = nextClose(again);
    const data = await graphqlData(
      server.url,
      AddMember,
      { taskforceId: String(taskforce._id), userId: member.id },
      { token: admin.token },
    );
    expect(data.addTaskforceMember.viewerCanEdit).toBe(true);
    expect(await reclosed).toBe(CloseCode.AccessChanged);
  });
});

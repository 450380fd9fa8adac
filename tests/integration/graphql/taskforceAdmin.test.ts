import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Create = graphql(`
  mutation TaskforceAdminCreate($input: CreateTaskforceInput!) {
    createTaskforce(input: $input) {
      id
      name
      description
      members {
        id
      }
    }
  }
`);

const Update = graphql(`
  mutation TaskforceAdminUpdate($input: UpdateTaskforceInput!) {
    updateTaskforce(input: $input) {
      name
      description
    }
  }
`);

const Audit = graphql(`
  query TaskforceAdminAudit($subjectId: ID!) {
    auditLog(subjectId: $subjectId) {
      nodes {
        action
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let member: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  admin = await buildUser(server.runtime.models, { roles: ['ADMIN'] });
  member = await buildUser(server.runtime.models, { roles: ['TASKFORCE_MEMBER'] });
});
afterAll(() => server.close());

describe('createTaskforce and updateTaskforce', () => {
  it('creates a taskforce without members and renames it, both audited', async () => {
    const created = await graphqlData(
      server.url,
      Create,
      { input: { name: '  Taskforce Data ', description: 'Gegevens' } },
      { token: admin.token },
    );
    expect(created.createTaskforce).toMatchObject({
      name: 'Taskforce Data',
      description: 'Gegevens',
      members: [],
    });
    const id = created.createTaskforce.id;
    const renamed = await graphqlData(
      server.url,
      Update,
      { input: { id, name: 'Taskforce Gegevens' } },
      { token: admin.token },
    );
    expect(renamed.updateTaskforce).toEqual({ name: 'Taskforce Gegevens', description: 'Gegevens' });
    const audit = await graphqlData(server.url, Audit, { subjectId: id }, { token: admin.token });
    expect(audit.auditLog.nodes.map((n) => n.action).sort()).toEqual([
      'taskforce:create',
      'taskforce:update',
    ]);
  });

  it('refuses visitors, non-admins and an empty name', async () => {
    const input = { name: 'Taskforce X' };
    expect(firstErrorCode((await graphqlRequest(server.url, Create, { input })).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      firstErrorCode((await graphqlRequest(server.url, Create, { input }, { token: member.token })).body),
    ).toBe('FORBIDDEN');
    const empty = await graphqlRequest(server.url, Create, { input: { name: ' ' } }, { token: admin.token });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const missing = await graphqlRequest(
      server.url,
      Update,
      { input: { id: '0123456789abcdef01234567', name: 'Y' } },
      { token: admin.token },
    );
    expect(firstErrorCode(missing.body)).toBe('NOT_FOUND');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

/**
 * Every state change goes through one path that audits it: the commands that once wrote no audit
 * event (roadmap and page creation, comments, taskforce membership) now leave one each.
 */

const AuditCreateRoadmap = graphql(`
  mutation AuditCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);
const AuditCreatePage = graphql(`
  mutation AuditCreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
    }
  }
`);
const AuditAddComment = graphql(`
  mutation AuditAddComment($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
    }
  }
`);
const AuditAddMember = graphql(`
  mutation AuditAddMember($taskforceId: ID!, $userId: ID!) {
    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
    }
  }
`);
const AuditLogOf = graphql(`
  query AuditLogOf($subjectId: ID!) {
    auditLog(subjectId: $subjectId) {
      nodes {
        action
        actor {
          id
        }
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let member: SignedInUser;
let taskforceId: string;

async function actionsOn(subjectId: string) {
  const { auditLog } = await graphqlData(server.url, AuditLogOf, { subjectId }, { token: admin.token });
  return auditLog.nodes.map((node) => `${node.action} by ${node.actor?.id ?? 'nobody'}`);
}

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  admin = await buildUser(models, { roles: ['ADMIN'] });
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const taskforce = await buildTaskforce(models, [member]);
  taskforceId = String(taskforce._id);
});
afterAll(async () => {
  await server?.close();
});

describe('the audit log', () => {
  it('records roadmap creation, comments, page creation and membership changes with their actor', async () => {
    const { createRoadmap } = await graphqlData(
      server.url,
      AuditCreateRoadmap,
      { input: { taskforceId, title: 'Gezamenlijke aanpak', startYear: 2026, endYear: 2030 } },
      { token: member.token },
    );
    await graphqlData(
      server.url,
      AuditAddComment,
      { input: { roadmapId: createRoadmap.roadmap.id, itemId: 'item-1', body: 'Klopt dit jaartal?' } },
      { token: member.token },
    );
    expect(await actionsOn(createRoadmap.roadmap.id)).toEqual([
      `roadmapComment:create by ${member.id}`,
      `roadmap:create by ${member.id}`,
    ]);

    const { createPage } = await graphqlData(
      server.url,
      AuditCreatePage,
      { input: { title: 'Implementatiehandleiding' } },
      { token: member.token },
    );
    expect(await actionsOn(createPage.id)).toEqual([`page:create by ${member.id}`]);

    await graphqlData(server.url, AuditAddMember, { taskforceId, userId: admin.id }, { token: admin.token });
    expect(await actionsOn(taskforceId)).toEqual([`taskforce:addMember by ${admin.id}`]);
  });
});

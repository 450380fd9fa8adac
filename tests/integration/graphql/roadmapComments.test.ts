import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROADMAP_COMMENT_CHANGED } from '../../../server/events/topics';
import { buildRoadmap, unknownId } from '../../support/collab';
import { buildTaskforce, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';
import { subscribe, subscriptionClient, whenSubscribed } from '../../support/subscriptionClient';
import type { KoersServer } from '../../../server/app';

const RoadmapCommentFeed = graphql(`
  subscription RoadmapCommentFeed($roadmapId: ID!) {
    roadmapCommentChanged(roadmapId: $roadmapId) {
      kind
      comment {
        id
        itemId
        parentId
        body
        resolvedAt
        author {
          id
        }
      }
    }
  }
`);

const FeedAddComment = graphql(`
  mutation FeedAddComment($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
    }
  }
`);

const FeedResolveComment = graphql(`
  mutation FeedResolveComment($id: ID!) {
    resolveRoadmapComment(id: $id) {
      resolvedAt
    }
  }
`);

const FeedComments = graphql(`
  query FeedComments($roadmapId: ID!, $itemId: ID!) {
    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {
      id
    }
  }
`);

let server: KoersServer;
let member: SignedInUser;
let reader: SignedInUser;
let roadmapId: string;
let otherRoadmapId: string;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  reader = await buildUser(models, { roles: [] });
  const taskforce = await buildTaskforce(models, [member]);
  roadmapId = (await buildRoadmap(models, taskforce._id)).id;
  otherRoadmapId = (await buildRoadmap(models, taskforce._id, { title: 'Andere roadmap' })).id;
});
afterAll(async () => {
  await server?.close();
});

function addComment(
  url: string,
  token: string,
  input: { roadmapId: string; body: string; parentId?: string },
) {
  return graphqlData(url, FeedAddComment, { input: { itemId: 'i1', ...input } }, { token }).then(
    (data) => data.addRoadmapComment.id,
  );
}

describe('roadmapCommentChanged', () => {
  it('delivers another user’s comment, reply and resolution to a reader, and nothing of another roadmap', async () => {
    const client = subscriptionClient(server.port, reader.token);
    try {
      const subscribed = whenSubscribed(server.runtime, ROADMAP_COMMENT_CHANGED);
      const live = subscribe(client, RoadmapCommentFeed, { roadmapId });
      await subscribed;

      // Events arrive in order: had the other roadmap's comment been delivered, it would come first.
      await addComment(server.url, member.token, { roadmapId: otherRoadmapId, body: 'Elders' });
      const threadId = await addComment(server.url, member.token, { roadmapId, body: 'Waarom 2027?' });
      expect((await live.next()).data?.roadmapCommentChanged).toEqual({
        kind: 'ADDED',
        comment: {
          id: threadId,
          itemId: 'i1',
          parentId: null,
          body: 'Waarom 2027?',
          resolvedAt: null,
          author: { id: member.id },
        },
      });

      const replyId = await addComment(server.url, member.token, {
        roadmapId,
        body: 'Vanwege de aanbesteding.',
        parentId: threadId,
      });
      expect((await live.next()).data?.roadmapCommentChanged).toMatchObject({
        kind: 'ADDED',
        comment: { id: replyId, parentId: threadId, body: 'Vanwege de aanbesteding.' },
      });

      const resolved = await graphqlData(
        server.url,
        FeedResolveComment,
        { id: threadId },
        { token: member.token },
      );
      const resolution = (await live.next()).data?.roadmapCommentChanged;
      expect(resolution).toMatchObject({ kind: 'RESOLVED', comment: { id: threadId, body: 'Waarom 2027?' } });
      expect(resolution?.comment.resolvedAt).toBe(resolved.resolveRoadmapComment.resolvedAt);
      expect(resolution?.comment.resolvedAt).not.toBeNull();
      live.stop();
    } finally {
      await client.dispose();
    }
  });

  it('refuses with the codes the roadmapComments query gives: signed out, unknown and malformed ids', async () => {
    const cases = [
      { token: undefined, id: roadmapId, code: 'UNAUTHENTICATED' },
      { token: reader.token, id: unknownId(), code: 'NOT_FOUND' },
      { token: reader.token, id: 'not-an-id', code: 'NOT_FOUND' },
    ];
    for (const { token, id, code } of cases) {
      const query = await graphqlRequest(
        server.url,
        FeedComments,
        { roadmapId: id, itemId: 'i1' },
        { token },
      );
      expect(firstErrorCode(query.body), `query ${id}`).toBe(code);
      const client = subscriptionClient(server.port, token);
      try {
        const result = await subscribe(client, RoadmapCommentFeed, { roadmapId: id }).next();
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code, `subscription ${id}`).toBe(code);
      } finally {
        await client.dispose();
      }
    }
  });
});

describe('roadmapCommentChanged with two processes', () => {
  const servers: KoersServer[] = [];
  const databaseUri = uniqueDatabaseUri();

  async function start(): Promise<KoersServer> {
    const started = await startTestServer({ MONGODB_URI: databaseUri, REDIS_URL: 'redis://127.0.0.1:6379' });
    servers.push(started);
    return started;
  }
  afterAll(async () => {
    for (const started of servers) await started.close();
  });

  it('delivers a comment written through one process to a subscriber of the other, through Redis', async () => {
    const [one, two] = [await start(), await start()];
    const models = one.runtime.models;
    const writer = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const watcher = await buildUser(models);
    const id = (await buildRoadmap(models, (await buildTaskforce(models, [writer]))._id)).id;
    const client = subscriptionClient(two.port, watcher.token);
    try {
      const subscribed = whenSubscribed(two.runtime, ROADMAP_COMMENT_CHANGED);
      const live = subscribe(client, RoadmapCommentFeed, { roadmapId: id });
      await subscribed;
      const commentId = await addComment(one.url, writer.token, { roadmapId: id, body: 'Via Redis' });
      expect((await live.next()).data?.roadmapCommentChanged).toMatchObject({
        kind: 'ADDED',
        comment: { id: commentId, body: 'Via Redis', author: { id: writer.id } },
      });
      live.stop();
    } finally {
      await client.dispose();
    }
  });
});

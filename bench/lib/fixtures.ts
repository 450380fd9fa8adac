import { createSession } from '../../server/auth/session';
import { hashPassword } from '../../server/auth/password';
import type { Models } from '../../server/db/models';

/** An admin who belongs to a bench taskforce, with a live token: enough rights for every bench step. */
export async function createBenchAdmin(models: Models): Promise<{ token: string; taskforceId: string }> {
  const user = await models.User.create({
    email: `bench-${Date.now()}@koers.example`,
    name: 'Bench Admin',
    passwordHash: await hashPassword('bench-password'),
    roles: ['ADMIN', 'TASKFORCE_MEMBER', 'MANAGER'],
  });
  const taskforce = await models.Taskforce.create({
    name: `Bench taskforce ${Date.now()}`,
    memberIds: [user._id],
  });
  const { token } = await createSession(models, user._id, 4);
  return { token, taskforceId: String(taskforce._id) };
}

/** POSTs one GraphQL operation and returns `data`, failing loudly on errors. */
export async function graphqlCall<T>(
  url: string,
  token: string,
  query: string,
  variables: unknown,
): Promise<T> {
  const response = await fetch(`http://${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Creates a ten-year roadmap through GraphQL and returns its id. */
export async function createRoadmap(
  url: string,
  token: string,
  taskforceId: string,
  title: string,
): Promise<string> {
  const data = await graphqlCall<{ createRoadmap: { roadmap: { id: string } } }>(
    url,
    token,
    'mutation ($input: CreateRoadmapInput!) { createRoadmap(input: $input) { roadmap { id } } }',
    { input: { taskforceId, title, startYear: 2025, endYear: 2034 } },
  );
  return data.createRoadmap.roadmap.id;
}

import { resolveToken } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { isDatabaseUnavailable } from '../db/availability';
import { unavailable } from '../errors';
import type { Runtime } from '../runtime';
import { createLoaders, type Loaders } from './loaders';

/**
 * What every domain command and query receives, whatever the transport (GraphQL over HTTP or
 * graphql-ws, an export, a job): built fresh per request, so loaders never share a cache across
 * viewers.
 */
export interface RequestContext {
  runtime: Runtime;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The caller's network address, for rate limits. */
  clientAddress: string;
}

/** Builds the context of a caller from its token (an Authorization header, graphql-ws connectionParams …). */
export async function createRequestContext(
  runtime: Runtime,
  token: string | null | undefined,
  clientAddress: string,
): Promise<RequestContext> {
  const loaders = createLoaders(runtime.models, runtime);
  let viewer: Viewer | null = null;
  try {
    // The request's one read of the version counters also says whether a cached viewer holds.
    if (token) {
      const resolved = await runtime.viewers.resolve(token, await loaders.dataVersions(), () =>
        resolveToken(runtime.models, token),
      );
      viewer = resolved?.viewer ?? null;
    }
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw unavailable();
    throw error;
  }
  // Every request and subscription operation made with an API token counts against its budget.
  if (viewer?.apiToken) await runtime.apiTokenLimiter.consume(viewer.apiToken.id);
  return { runtime, viewer, loaders, clientAddress };
}

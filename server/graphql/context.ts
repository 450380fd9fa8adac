import type { IncomingMessage } from 'node:http';
import { bearerToken, viewerFromToken } from '../auth/session';
import { isDatabaseUnavailable } from '../db/availability';
import { unavailable } from '../errors';
import type { Viewer } from '../auth/viewer';
import type { Runtime } from '../runtime';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; built fresh per request (and per subscription operation). */
export interface GraphQLContext {
  runtime: Runtime;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The caller's network address, for rate limits. */
  clientAddress: string;
}

/** Builds the context of one HTTP request from its Authorization header. */
export async function createHttpContext(runtime: Runtime, request: IncomingMessage): Promise<GraphQLContext> {
  const token = bearerToken(request.headers.authorization);
  return createContext(runtime, token, request.socket.remoteAddress ?? 'unknown');
}

/** Builds a context for a token from any transport (HTTP header, graphql-ws connectionParams). */
export async function createContext(
  runtime: Runtime,
  token: string | null | undefined,
  clientAddress: string,
): Promise<GraphQLContext> {
  let viewer: Viewer | null;
  try {
    viewer = await viewerFromToken(runtime.models, token);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw unavailable();
    throw error;
  }
  return {
    runtime,
    viewer,
    loaders: createLoaders(runtime.models, runtime),
    clientAddress,
  };
}

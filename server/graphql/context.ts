import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../auth/clientAddress';
import { bearerToken } from '../auth/session';
import { createRequestContext, type RequestContext } from '../domain/context';
import type { Runtime } from '../runtime';

/** What every resolver receives: the domain's request context, built fresh per request (and per subscription operation). */
export type GraphQLContext = RequestContext;

/** Builds the context of one HTTP request from its Authorization header. */
export function createHttpContext(runtime: Runtime, request: IncomingMessage): Promise<GraphQLContext> {
  const token = bearerToken(request.headers.authorization);
  return createRequestContext(runtime, token, clientAddress(request, runtime.config.trustedHops));
}

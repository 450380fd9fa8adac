import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { viewerFromToken } from '../auth/session';
import { SESSION_REVOKED } from '../events/topics';
import type { Runtime } from '../runtime';
import { createRequestContext } from '../domain/context';
import {
  exceedsTokenLimit,
  graphqlProtection,
  SUBSCRIPTION_LIMITS,
  tokenLimitError,
  type SubscriptionLimits,
} from './limits';
import { maskError } from './server';

/** A graphql-ws (`graphql-transport-ws`) server for `/graphql`, attached through the upgrade router. */
export interface SubscriptionServer {
  wss: WebSocketServer;
  dispose(): Promise<void>;
}

/**
 * Starts graphql-ws on a WebSocketServer without its own HTTP listener; the token comes in
 * connectionParams. Protocol abuse closes the socket with graphql-ws's codes: no init in time 4408,
 * a second init 4429, subscribe before the ack 4401, a duplicate id 4409, a bad frame 4400, and a
 * token that is not (or no longer) valid 4403. Anonymous sockets are allowed for the public
 * subscriptions, up to a cap (then 4403); each operation is authorized by its resolver.
 */
export function createSubscriptionServer(
  schema: GraphQLSchema,
  runtime: Runtime,
  limits: SubscriptionLimits = SUBSCRIPTION_LIMITS,
): SubscriptionServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  // Sockets acknowledged without a token, counted so anonymous clients cannot hold sockets at will.
  const anonymous = new WeakSet<object>();
  let anonymousCount = 0;
  // Signed-in sockets by the session or API token they were opened with: revoking it (logout, a
  // revoked token) closes them with 4403 in every process, as `session.revoked` reaches them all.
  const bySession = new Map<string, Set<WebSocket>>();
  const socketSession = new WeakMap<object, string>();
  const revocations = runtime.pubsub.subscribe(SESSION_REVOKED);
  void (async () => {
    for await (const { sessionId } of revocations) {
      for (const socket of bySession.get(sessionId) ?? []) socket.close(CloseCode.Forbidden, 'Revoked');
    }
  })();
  const rules = [
    ...specifiedRules,
    ...graphqlProtection(runtime.config.nodeEnv === 'production').validationRules,
  ];
  const cleanup = useServer(
    {
      schema,
      connectionInitWaitTimeout: limits.connectionInitWaitMs,
      // A client that sends a token means to be signed in: a forged or revoked one is refused at
      // once instead of quietly running its operations anonymously.
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.token;
        if (token === undefined || token === null) {
          if (anonymousCount >= limits.maxAnonymousSockets) return false;
          anonymousCount++;
          anonymous.add(ctx);
          return true;
        }
        if (typeof token !== 'string') return false;
        const viewer = await viewerFromToken(runtime.models, token);
        if (!viewer) return false;
        const sockets = bySession.get(viewer.sessionId) ?? new Set();
        bySession.set(viewer.sessionId, sockets.add(ctx.extra.socket));
        socketSession.set(ctx, viewer.sessionId);
        return true;
      },
      onDisconnect: (ctx) => {
        if (anonymous.delete(ctx)) anonymousCount--;
      },
      onClose: (ctx) => {
        const sessionId = socketSession.get(ctx);
        const sockets = sessionId === undefined ? undefined : bySession.get(sessionId);
        if (!sockets || sessionId === undefined) return;
        sockets.delete(ctx.extra.socket);
        if (!sockets.size) bySession.delete(sessionId);
      },
      onSubscribe: (ctx, _id, payload) => {
        // The operation being subscribed is already reserved in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.maxOperationsPerSocket) {
          return [
            new GraphQLError(`At most ${limits.maxOperationsPerSocket} operations per socket.`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ];
        }
        // graphql-ws parses without a token limit; refuse an oversized document before parsing.
        return exceedsTokenLimit(payload.query) ? [tokenLimitError()] : undefined;
      },
      // The same abuse limits as over HTTP, which graphql-ws would otherwise not apply.
      validate: (validationSchema, document) => validate(validationSchema, document, rules),
      // Apollo's formatError does not see socket results: mask the same way, so a database message
      // never reaches a subscriber.
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        const mask = maskError(runtime.logger);
        return { ...result, errors: result.errors.map((error) => mask(error.toJSON(), error)) };
      },
      context: (ctx) => {
        const token = ctx.connectionParams?.token;
        return createRequestContext(
          runtime,
          typeof token === 'string' ? token : null,
          ctx.extra.request.socket.remoteAddress ?? 'unknown',
        );
      },
    },
    wss,
  );
  return {
    wss,
    dispose: async () => {
      await revocations.return?.();
      await cleanup.dispose();
    },
  };
}

import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { clientAddress } from '../auth/clientAddress';
import { viewerFromToken } from '../auth/session';
import type { Runtime } from '../runtime';
import { createRequestContext } from '../domain/context';
import {
  exceedsTokenLimit,
  graphqlProtection,
  SUBSCRIPTION_LIMITS,
  tokenLimitError,
  type SubscriptionLimits,
} from './limits';
import { countErrors } from './observability';
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
        return (await viewerFromToken(runtime.models, token)) !== null;
      },
      onDisconnect: (ctx) => {
        if (anonymous.delete(ctx)) anonymousCount--;
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
        const errors = result.errors.map((error) => mask(error.toJSON(), error));
        countErrors(errors);
        return { ...result, errors };
      },
      context: (ctx) => {
        const token = ctx.connectionParams?.token;
        return createRequestContext(
          runtime,
          typeof token === 'string' ? token : null,
          clientAddress(ctx.extra.request, runtime.config.trustedHops),
        );
      },
    },
    wss,
  );
  return { wss, dispose: () => Promise.resolve(cleanup.dispose()) };
}

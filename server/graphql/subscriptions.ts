import {
  execute,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { clientAddress } from '../auth/clientAddress';
import { watchedSessionOfToken } from '../auth/session';
import { requestIdOf } from '../observability/requestId';
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

/** The formatted error with `code` unless it has a code of its own. */
function withCode(error: GraphQLError, code: string | null): GraphQLFormattedError {
  const formatted = error.toJSON();
  if (!code || formatted.extensions?.code) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code } };
}

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
  /** Told of each query and mutation run over a socket, so a graceful stop can wait for it. */
  track: (work: unknown) => void = () => undefined,
): SubscriptionServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  // Sockets acknowledged without a token, counted so anonymous clients cannot hold sockets at will.
  const anonymous = new WeakSet<object>();
  let anonymousCount = 0;
  // The session watch of each signed-in socket, stopped when the socket closes.
  const watched = new WeakMap<object, () => void>();
  // A socket's id in the log; an operation's request id is `<socket id>/<operation id>`, so an
  // error a user reports leads to its log lines as it does over HTTP.
  const socketIds = new WeakMap<object, string>();
  const requestId = (ctx: object, operationId: string) => `${socketIds.get(ctx) ?? 'socket'}/${operationId}`;
  const withRequestId = (error: GraphQLFormattedError, id: string): GraphQLFormattedError => ({
    ...error,
    extensions: { ...error.extensions, requestId: id },
  });
  const production = runtime.config.nodeEnv === 'production';
  // Apollo refuses introspection over HTTP in production; the socket needs the same rule itself.
  const rules = [
    ...specifiedRules,
    ...graphqlProtection().validationRules,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const mask = maskError(runtime.logger, production);
  const cleanup = useServer(
    {
      schema,
      // A socket closed at shutdown leaves its mutation running: the stop waits for it too.
      execute: (args) => {
        const result = execute(args);
        track(result);
        return result;
      },
      connectionInitWaitTimeout: limits.connectionInitWaitMs,
      // A client that sends a token means to be signed in: a forged or revoked one is refused at
      // once instead of quietly running its operations anonymously.
      // A signed-in socket is closed with 4403 when its session expires or is revoked (logout,
      // deactivation), through the same watch as the co-editing sockets, so it never goes on
      // delivering events or quietly running new operations signed out.
      onConnect: async (ctx) => {
        socketIds.set(ctx, requestIdOf(ctx.extra.request));
        const token = ctx.connectionParams?.token;
        if (token === undefined || token === null) {
          if (anonymousCount >= limits.maxAnonymousSockets) return false;
          anonymousCount++;
          anonymous.add(ctx);
          return true;
        }
        if (typeof token !== 'string') return false;
        // A sign-in session or an API token: revoking either closes the socket.
        const session = await watchedSessionOfToken(runtime.models, token);
        if (!session) return false;
        const socket = ctx.extra.socket;
        watched.set(
          ctx,
          runtime.sessions.watch(session, (reason) =>
            socket.close(CloseCode.Forbidden, reason === 'expired' ? 'Session expired' : 'Signed out'),
          ),
        );
        return true;
      },
      onClose: (ctx) => {
        watched.get(ctx)?.();
        watched.delete(ctx);
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
      // Apollo's formatError does not see socket results or validation errors: mask them the same
      // way, so neither a database message nor a production suggestion reaches a socket. Errors
      // graphql-js raises before running anything (validation, variables; no path) carry no code:
      // give them Apollo's over HTTP.
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        const operation = requestId(ctx, id);
        const errors = result.errors.map((error) =>
          withRequestId(
            mask(withCode(error, error.path ? null : 'BAD_USER_INPUT'), error, operation),
            operation,
          ),
        );
        countErrors(errors);
        return { ...result, errors };
      },
      onError: (ctx, id, _payload, errors) => {
        const operation = requestId(ctx, id);
        return errors.map((error) =>
          withRequestId(mask(withCode(error, 'GRAPHQL_VALIDATION_FAILED'), error, operation), operation),
        );
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

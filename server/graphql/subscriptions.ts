import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Runtime } from '../runtime';
import { createContext } from './context';
import { graphqlProtection } from './limits';
import { maskError } from './server';

/** A graphql-ws (`graphql-transport-ws`) server for `/graphql`, attached through the upgrade router. */
export interface SubscriptionServer {
  wss: WebSocketServer;
  dispose(): Promise<void>;
}

/** Starts graphql-ws on a WebSocketServer without its own HTTP listener; the token comes in connectionParams. */
export function createSubscriptionServer(schema: GraphQLSchema, runtime: Runtime): SubscriptionServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const rules = [
    ...specifiedRules,
    ...graphqlProtection(runtime.config.nodeEnv === 'production').validationRules,
  ];
  const cleanup = useServer(
    {
      schema,
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
        return createContext(
          runtime,
          typeof token === 'string' ? token : null,
          ctx.extra.request.socket.remoteAddress ?? 'unknown',
        );
      },
    },
    wss,
  );
  return { wss, dispose: () => Promise.resolve(cleanup.dispose()) };
}

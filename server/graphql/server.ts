import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../common/errorCodes';
import { isDatabaseUnavailable } from '../db/availability';
import type { Logger } from '../logger';
import type { GraphQLContext } from './context';
import { graphqlProtection, withoutSuggestions } from './limits';
import { responseCachePlugin, stringifyResult } from './responseCache';

const CLIENT_SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Hides everything that is not a deliberate, coded error: a database message or a stack trace must
 * never reach a client. The original is logged so it can still be diagnosed. In production the
 * "Did you mean …" suggestions of field, argument, type and enum-value errors are cut as well, so
 * the schema cannot be guessed piecemeal with introspection off.
 */
export function maskError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError => {
    if (isDatabaseUnavailable(unwrapResolverError(error))) {
      return {
        message: 'The database is temporarily unavailable. Try again shortly.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.Unavailable },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code) && code !== ErrorCode.Internal) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      return { ...formatted, message, extensions };
    }
    logger.error({ err: unwrapResolverError(error), requestId }, 'unexpected GraphQL error');
    return {
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.Internal },
    };
  };
}

/** Answers 503 when the database could not be reached, so clients and load balancers back off. */
const databaseDownIs503: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response }) {
        if (errors.some((error) => isDatabaseUnavailable(error.originalError))) response.http.status = 503;
      },
    };
  },
};

/**
 * Marks every response uncacheable, as Apollo's cache-control plugin did. That plugin is off: the
 * schema has no cache hints, and its per-field hook made Apollo wrap every resolver (a matrix
 * page resolves thousands of fields).
 */
const noStore: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * Creates the Apollo Server for `/graphql`; plugins let the caller drain HTTP and WebSocket servers.
 * Introspection is on outside production (tooling, codegen) and off in production, where the SDL
 * served at /graphql/schema.graphql is the published contract.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  logger: Logger,
  plugins: ApolloServerPlugin<GraphQLContext>[],
  production: boolean,
): ApolloServer<GraphQLContext> {
  const protection = graphqlProtection();
  return new ApolloServer<GraphQLContext>({
    schema,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its explorer from a CDN; Koers serves GraphiQL itself (/graphiql).
      ApolloServerPluginLandingPageDisabled(),
      noStore,
      databaseDownIs503,
      responseCachePlugin(),
      ...plugins,
    ],
    validationRules: protection.validationRules,
    formatError: maskError(logger, production),
    stringifyResult,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: !production,
    // server/index.ts owns SIGTERM/SIGINT and closes everything in order; Apollo's own handler
    // (on outside NODE_ENV=test) would stop it a second time and leave the shutdown hanging.
    stopOnTerminationSignals: false,
  });
}

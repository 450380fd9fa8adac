import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlDuration, graphqlErrors } from '../observability/metrics';
import type { GraphQLContext } from './context';

/** Operation names are chosen by clients: past this many distinct ones, the rest count as `other`. */
const MAX_OPERATION_NAMES = 200;
const seenNames = new Set<string>();

/** A bounded `operation` label: the operation's name while there are few, else `other`. */
function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (seenNames.has(name)) return name;
  if (seenNames.size >= MAX_OPERATION_NAMES || !/^[A-Za-z_]\w{0,63}$/.test(name)) return 'other';
  seenNames.add(name);
  return name;
}

/** Counts the errors of a result (HTTP or graphql-ws) by their `extensions.code`. */
export function countErrors(
  errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined,
): void {
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    graphqlErrors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
  }
}

/**
 * Times each GraphQL-over-HTTP operation by name and type, counts its errors by code, and puts
 * the request id of the log line (`X-Request-Id`, set by the request logger) into every error's
 * extensions, so a user's report of an error leads to its log lines.
 */
export const observabilityPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ request }) {
    const stop = graphqlDuration.startTimer();
    const requestId = request.http?.headers.get('x-request-id') ?? undefined;
    return {
      async willSendResponse({ response, operationName, operation }) {
        stop({ operation: operationLabel(operationName), type: operation?.operation ?? 'unknown' });
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        countErrors(result.errors);
        if (requestId && result.errors) {
          result.errors = result.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId },
          }));
        }
      },
    };
  },
};

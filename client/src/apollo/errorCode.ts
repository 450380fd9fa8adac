import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, FieldProblem } from '../../../common/errorCodes';

const knownCodes = new Set<string>(Object.values(ErrorCode));

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

/** HTTP statuses that arrive without a GraphQL body, e.g. from a proxy or the rate limiter. */
const codeByStatus: Record<number, ErrorCode> = {
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  429: ErrorCode.RateLimited,
  502: ErrorCode.Unavailable,
  503: ErrorCode.Unavailable,
  504: ErrorCode.Unavailable,
};

function codeFromBody(bodyText: string): ErrorCode | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) {
      return undefined;
    }
    const first: unknown = body.errors[0];
    const code =
      typeof first === 'object' && first !== null && 'extensions' in first
        ? (first.extensions as { code?: unknown } | null)?.code
        : undefined;
    return isErrorCode(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stable code behind any error an Apollo operation can produce, so the UI can explain it in
 * words. Unknown failures count as internal errors; a request that never reached the server (a
 * TypeError from fetch) counts as unavailable.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors.map((e) => e.extensions?.code).find(isErrorCode);
    return code ?? ErrorCode.Internal;
  }
  if (ServerError.is(error)) {
    return codeFromBody(error.bodyText) ?? codeByStatus[error.statusCode] ?? ErrorCode.Internal;
  }
  if (error instanceof TypeError) return ErrorCode.Unavailable;
  return ErrorCode.Internal;
}

/** What a BAD_USER_INPUT error says about one field: which, what is wrong, and the limit if any. */
export interface FieldError {
  field: string;
  reason: FieldProblem;
  limit: number | null;
}

const knownProblems = new Set<string>(Object.values(FieldProblem));

/**
 * The input field a BAD_USER_INPUT error is about (`extensions.field`, e.g. `note` or
 * `input.note`, reduced to its last part) and its `extensions.reason`, or null for any other error.
 * The server's message is English for API users; the web app words the reason itself.
 */
export function fieldErrorOf(error: unknown): FieldError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const { field, reason, limit } = graphQLError.extensions ?? {};
    if (graphQLError.extensions?.code === ErrorCode.BadUserInput && typeof field === 'string') {
      return {
        field: field.split('.').pop() ?? field,
        reason:
          typeof reason === 'string' && knownProblems.has(reason)
            ? (reason as FieldProblem)
            : FieldProblem.Invalid,
        limit: typeof limit === 'number' ? limit : null,
      };
    }
  }
  return null;
}

import { GraphQLError } from 'graphql';
import { ErrorCode, FieldProblem } from '../common/errorCodes';

/** Not signed in, or the token is expired or revoked. */
export function unauthenticated(message = 'Not signed in.'): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
  });
}

/** Signed in, but this viewer may not do `action` (a `resource:verb` of server/auth/can.ts). */
export function forbidden(action: string): GraphQLError {
  return new GraphQLError(`Not allowed: ${action}.`, { extensions: { code: ErrorCode.Forbidden, action } });
}

/** The thing asked for does not exist (or is hidden from this viewer). */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found.`, { extensions: { code: ErrorCode.NotFound } });
}

/**
 * Input that fails validation; `field` names the input path so forms can point at it, and `reason`
 * (with `limit`) says what is wrong in a way the web app words in Dutch or English. The message is
 * English, for API users.
 */
export function badUserInput(
  field: string,
  message: string,
  reason: FieldProblem = FieldProblem.Invalid,
  limit?: number,
): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BadUserInput, field, reason, ...(limit === undefined ? {} : { limit }) },
  });
}

/** The write conflicts with the current state (duplicate, stale version). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}

/** Too many attempts; `retryAfterSeconds` tells the client when to try again. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    extensions: { code: ErrorCode.RateLimited, retryAfterSeconds },
  });
}

/** A dependency (the database) is down; the request may be retried. */
export function unavailable(message = 'The database is temporarily unavailable.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unavailable, http: { status: 503 } } });
}

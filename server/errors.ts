import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errorCodes';

/** Not signed in, or the token is expired or revoked. */
export function unauthenticated(message = 'Je bent niet ingelogd.'): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
  });
}

/** Signed in, but this viewer may not do this. */
export function forbidden(message = 'Je hebt geen toestemming voor deze actie.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** The thing asked for does not exist (or is hidden from this viewer). */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} niet gevonden.`, { extensions: { code: ErrorCode.NotFound } });
}

/** Input that fails validation; `field` names the input path so forms can point at it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BadUserInput, field },
  });
}

/** The write conflicts with the current state (duplicate, stale version). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}

/** Too many attempts; `retryAfterSeconds` tells the client when to try again. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Te veel pogingen. Probeer het over ${retryAfterSeconds} seconden opnieuw.`, {
    extensions: { code: ErrorCode.RateLimited, retryAfterSeconds },
  });
}

/** A dependency (the database) is down; the request may be retried. */
export function unavailable(message = 'De database is tijdelijk niet bereikbaar.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unavailable, http: { status: 503 } } });
}

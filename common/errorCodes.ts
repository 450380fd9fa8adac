/**
 * Stable error codes in GraphQL `extensions.code`, shared by server and client so the client can
 * react to a code instead of parsing a message.
 */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
  Unavailable: 'UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** One of the stable error codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * What is wrong with a field of a BAD_USER_INPUT error (`extensions.reason`, with `extensions.limit`
 * where a length or range applies): the web app words it in the reader's language next to the field.
 */
export const FieldProblem = {
  Required: 'REQUIRED',
  TooLong: 'TOO_LONG',
  TooShort: 'TOO_SHORT',
  Invalid: 'INVALID',
  /** Unique and already used by something else (a publication's slug). */
  Taken: 'TAKEN',
} as const;

/** One of the field problems. */
export type FieldProblem = (typeof FieldProblem)[keyof typeof FieldProblem];

import mongoose from 'mongoose';

const { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError } = mongoose.mongo;

/**
 * True when `error` means the database could not be reached (down, restarting, network cut), as
 * opposed to a bad query: such requests are answered UNAVAILABLE/503 so clients retry later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (
      current instanceof MongoServerSelectionError ||
      current instanceof MongoNetworkError ||
      current instanceof MongoNotConnectedError ||
      current.name === 'MongooseServerSelectionError'
    ) {
      return true;
    }
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}

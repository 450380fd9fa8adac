/** The first retry waits this long; each further one twice as long as the one before. */
const FIRST_RETRY_MS = 30_000;
/** No single wait is longer than this. */
const LONGEST_RETRY_MS = 6 * 3_600_000;
/** A delivery is retried for this long after it was queued, then it FAILED. */
export const RETRY_WINDOW_MS = 24 * 3_600_000;

/** The wait after failed attempt `attempt` (1-based): 30 s, 1 min, 2 min, … at most 6 hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempt - 1), LONGEST_RETRY_MS);
}

/**
 * When to try again after failed attempt `attempt` of a delivery queued at `queuedAt`, or null
 * when that would be past the 24-hour window (the delivery then FAILED).
 */
export function nextAttemptAt(queuedAt: Date, attempt: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempt));
  return next.getTime() - queuedAt.getTime() > RETRY_WINDOW_MS ? null : next;
}

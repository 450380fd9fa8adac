import { setTimeout as delay } from 'node:timers/promises';
import type { WebSocket } from 'ws';

/**
 * Limits of the `/collab` endpoint, so a hostile or broken client cannot take the co-editing
 * server down. Tests pass smaller values to `createCollabServer`; SECURITY.md lists the defaults.
 */
export interface CollabLimits {
  /** Upgrades still checking their token and document; more are refused with 503 before auth. */
  maxPendingUpgrades: number;
  /** Open sockets on one document; more are refused with 503. */
  maxConnectionsPerDocument: number;
  /** Bytes queued for one socket that does not read; beyond this the socket is dropped. */
  maxBufferedBytes: number;
  /** How often sockets are pinged; one unanswered ping closes the socket at the next round. */
  pingIntervalMs: number;
  /** Awareness messages one socket may send in a burst, and per second after that. */
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Awareness client ids one socket may announce (a browser tab uses one). */
  maxAwarenessClients: number;
  /**
   * How a failed store waits {@link storeRetryDelayMs} before its retry: a timer. Tests of an
   * outage pass their own, to see the delays asked for and decide when each retry runs.
   */
  waitBeforeRetry: (ms: number) => Promise<void>;
}

/** The limits Koers runs with. */
export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  maxPendingUpgrades: 256,
  maxConnectionsPerDocument: 200,
  // Why 8 MiB: four times the largest accepted message, far above what a reading client lags.
  maxBufferedBytes: 8 * 1024 * 1024,
  // Why 30 s: the same as y-websocket's own server; dead sockets otherwise hold documents in memory.
  pingIntervalMs: 30_000,
  // A cursor moving while typing sends about ten updates per second.
  awarenessBurst: 40,
  awarenessPerSecond: 20,
  maxAwarenessClients: 16,
  waitBeforeRetry: (ms) => delay(ms),
};

/** The defaults with `overrides` applied. */
export function collabLimits(overrides: Partial<CollabLimits> = {}): CollabLimits {
  return { ...DEFAULT_COLLAB_LIMITS, ...overrides };
}

/** True when a socket has more queued for sending than the limit: the peer is not reading. */
export function sendBufferExceeded(ws: WebSocket, limits: CollabLimits): boolean {
  return ws.bufferedAmount > limits.maxBufferedBytes;
}

/** A token bucket: `take()` is false once the burst is spent faster than the refill rate. */
export class RateBudget {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  /** Spends one token; false when none is left (the caller drops the message). */
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The longest pause between two attempts to store a document while the database is away. */
export const MAX_STORE_RETRY_MS = 5000;

/**
 * Exponential backoff for the `failures`-th consecutive failed store (100 ms, 200 ms, … 5 s): a
 * database outage costs a handful of attempts per document, not a save storm.
 */
export function storeRetryDelayMs(failures: number): number {
  return Math.min(100 * 2 ** Math.max(0, failures - 1), MAX_STORE_RETRY_MS);
}

import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { Logger } from '../logger';

/** Attempts per account and address before that pair is locked. */
export const ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failed attempts from one address, over all accounts, before it is locked (password spraying). */
export const ATTEMPTS_PER_ADDRESS = 50;
const LOCK_SECONDS = 15 * 60;

const PAIR: IRateLimiterOptions = {
  keyPrefix: 'login-pair',
  points: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS,
  duration: LOCK_SECONDS,
  blockDuration: LOCK_SECONDS,
};
const ADDRESS: IRateLimiterOptions = {
  keyPrefix: 'login-address',
  points: ATTEMPTS_PER_ADDRESS,
  duration: 3600,
  blockDuration: LOCK_SECONDS,
};

/** Where the counters live: this process's memory, or Redis shared by every process. */
export interface LoginLimiterStore {
  redisUrl: string | undefined;
  redisPrefix: string;
}

/**
 * Locks brute force on `login`. Each attempt takes a point per (account, address) and per address
 * *before* the password is checked, in one atomic step per counter (a Lua script in Redis, a
 * synchronous update in memory), so concurrent attempts cannot all slip past a check made before
 * any of them was counted: at most the limit is ever checked per window. A success gives its points
 * back, so both counters count failures only.
 *
 * With `REDIS_URL` the counters are shared by every process of the deployment (keys under
 * `REDIS_PREFIX`); while Redis does not answer, each process falls back to its own memory counters.
 */
export class LoginLimiter {
  private readonly perPair: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly redis: Redis | undefined;

  constructor(store: LoginLimiterStore, logger: Logger) {
    if (!store.redisUrl) {
      this.perPair = new RateLimiterMemory(PAIR);
      this.perAddress = new RateLimiterMemory(ADDRESS);
      return;
    }
    // No offline queue: while Redis is down a command fails at once and the memory fallback counts.
    this.redis = new Redis(store.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on('error', (error: Error) =>
      logger.warn({ err: error.message }, 'Redis sign-in limiter unavailable; counting in memory'),
    );
    const shared = (options: IRateLimiterOptions) =>
      new RateLimiterRedis({
        ...options,
        storeClient: this.redis,
        keyPrefix: `${store.redisPrefix}${options.keyPrefix ?? ''}`,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    this.perPair = shared(PAIR);
    this.perAddress = shared(ADDRESS);
  }

  /**
   * Counts one sign-in attempt, then runs `check` (the password check) when the attempt is within
   * the limits. `check` resolves to what signed in, or null for a failure (which stays counted);
   * so does this. Throws RATE_LIMITED (with `retryAfterSeconds`) when the pair or the address is
   * locked; `check` is not run then.
   */
  async attempt<T>(email: string, address: string, check: () => Promise<T | null>): Promise<T | null> {
    const pair = pairKey(email, address);
    await this.take(this.perPair, pair);
    try {
      await this.take(this.perAddress, address);
    } catch (error) {
      // Not checked, so not counted against the pair either.
      await this.perPair.reward(pair, 1).catch(() => undefined);
      throw error;
    }
    const signedIn = await check();
    if (signedIn === null) return null;
    // A success gives its points back; the failures before it stay counted for their window (a
    // success that cleared them would reopen a lock that parallel guesses had just run into).
    await Promise.all([this.perPair.reward(pair, 1), this.perAddress.reward(address, 1)]);
    return signedIn;
  }

  /** Closes the Redis connection, if any. */
  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }

  private async take(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  }
}

function pairKey(email: string, address: string): string {
  return `${email.toLowerCase()}|${address}`;
}

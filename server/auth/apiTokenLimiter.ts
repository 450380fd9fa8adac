import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { Logger } from '../logger';

/**
 * Requests per API token per minute. With Redis the count is shared by every process (a system
 * spreading its calls over a load balancer gets the same budget); without, each process counts.
 */
export class ApiTokenLimiter {
  private readonly limiter: RateLimiterAbstract;
  private readonly redis: Redis | undefined;

  constructor(
    options: { requestsPerMinute: number; redisUrl?: string; redisPrefix: string },
    logger: Logger,
  ) {
    const points = options.requestsPerMinute;
    if (options.redisUrl) {
      // A limiter that cannot reach Redis answers at once (no offline queue) and falls back to
      // counting in this process rather than refusing every system.
      this.redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.redis.on('error', (error: Error) =>
        logger.warn({ err: error.message }, 'Redis API token limiter unavailable; counting in memory'),
      );
      this.limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${options.redisPrefix}apitoken`,
        points,
        duration: 60,
        insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }),
      });
    } else {
      this.limiter = new RateLimiterMemory({ points, duration: 60 });
    }
  }

  /** Counts one request of token `tokenId`; RATE_LIMITED (HTTP 429) when it is over its budget. */
  async consume(tokenId: string): Promise<void> {
    try {
      await this.limiter.consume(tokenId);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      const refused = rateLimited(retryAfterSeconds);
      refused.extensions.http = {
        status: 429,
        headers: new Map([['retry-after', String(retryAfterSeconds)]]),
      };
      throw refused;
    }
  }

  /** Closes the Redis connection, if any. */
  close(): void {
    this.redis?.disconnect();
  }
}

import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/** Failed attempts per account and address before that pair is locked. */
const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failed attempts from one address, over all accounts, before it is locked (password spraying). */
const FAILURES_PER_ADDRESS = 50;
const LOCK_SECONDS = 15 * 60;

/**
 * Slows and locks brute force on `login`: counts failures per (account, address) and per address,
 * and refuses further attempts while either is over its limit. A success clears the pair.
 */
export class LoginLimiter {
  private readonly perPair = new RateLimiterMemory({
    points: FAILURES_PER_ACCOUNT_AND_ADDRESS,
    duration: LOCK_SECONDS,
    blockDuration: LOCK_SECONDS,
  });
  private readonly perAddress = new RateLimiterMemory({
    points: FAILURES_PER_ADDRESS,
    duration: 3600,
    blockDuration: LOCK_SECONDS,
  });

  /** Seconds until this pair may try again, or 0 when it may try now. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [pair, addr] = await Promise.all([
      this.perPair.get(key(email, address)),
      this.perAddress.get(address),
    ]);
    return Math.max(lockedFor(pair, FAILURES_PER_ACCOUNT_AND_ADDRESS), lockedFor(addr, FAILURES_PER_ADDRESS));
  }

  /** Records a failed attempt. */
  async fail(email: string, address: string): Promise<void> {
    await Promise.all([this.perPair.penalty(key(email, address)), this.perAddress.penalty(address)]);
  }

  /** Clears the pair's failures after a successful sign-in. */
  async succeed(email: string, address: string): Promise<void> {
    await this.perPair.delete(key(email, address));
  }
}

function key(email: string, address: string): string {
  return `${email.toLowerCase()}|${address}`;
}

function lockedFor(res: RateLimiterRes | null, limit: number): number {
  if (!res || res.consumedPoints < limit) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

import type { DataVersions } from '../db/dataVersion';
import { ACCOUNTS_VERSION } from '../db/models/User';
import { hashToken, type ResolvedToken } from './session';

/** Most tokens kept; past it the cache starts over. */
const MAX_ENTRIES = 10_000;
/**
 * The longest an entry is reused: an API token's use is recorded at most once a minute
 * (server/auth/apiTokens.ts), which only a fresh resolution does.
 */
const MAX_AGE_MS = 60_000;

interface Entry {
  version: number;
  resolvedAt: number;
  resolved: ResolvedToken;
}

/**
 * The viewers of recently used tokens, so a signed-in request does not read its session, user and
 * taskforces again. An entry holds while the `accounts` counter is unchanged — every write of a
 * session, user, taskforce, cooperation or API token bumps it, in any process (a logout, a
 * revocation, a role change or a new taskforce member is seen by the next request) — and until
 * the token expires; at most a minute. Unknown tokens are never kept.
 */
export class ViewerCache {
  private readonly entries = new Map<string, Entry>();

  /** What `token` resolves to as of `versions` (the request's), resolved with `resolve` when not cached. */
  async resolve(
    token: string,
    versions: DataVersions,
    resolve: () => Promise<ResolvedToken | null>,
    now = Date.now(),
  ): Promise<ResolvedToken | null> {
    const key = hashToken(token);
    const version = versions.get(ACCOUNTS_VERSION) ?? 0;
    const entry = this.entries.get(key);
    if (
      entry?.version === version &&
      now - entry.resolvedAt < MAX_AGE_MS &&
      entry.resolved.expiresAt.getTime() > now
    ) {
      return entry.resolved;
    }
    this.entries.delete(key);
    const resolved = await resolve();
    if (!resolved) return null;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { version, resolvedAt: now, resolved });
    return resolved;
  }

  /**
   * True when `token` was resolved here within the last minute, whatever has changed since: not
   * proof of a live session, only a hint that work for it is likely not wasted.
   */
  knows(token: string, now = Date.now()): boolean {
    const entry = this.entries.get(hashToken(token));
    return entry !== undefined && now - entry.resolvedAt < MAX_AGE_MS;
  }
}

import type { PubSub } from '../events/pubsub';
import { SESSION_REVOKED, type TopicPayload } from '../events/topics';

/** What a revocation event carries (see the topic registry). */
type SessionRevoked = TopicPayload<typeof SESSION_REVOKED>;

/** Why a watched session ended. */
export type SessionEnd = 'expired' | 'revoked';

/** The session a live connection runs on. */
export interface WatchedSession {
  sessionId: string;
  userId: string;
  expiresAt: Date;
}

/** setTimeout's limit (about 24.8 days); a later expiry re-arms the timer when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * How long a revocation is remembered for connections still being opened: a socket whose session
 * was read just before a logout and registered just after it is ended on registration. Opening a
 * socket takes a few database round trips, far less than this.
 */
const REMEMBER_REVOKED_MS = 60_000;

interface Watch {
  session: WatchedSession;
  end: (reason: SessionEnd) => void;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Ends live connections when their session ends: at its expiry, on logout, or when every session
 * of a user is revoked (deactivation). One mechanism for every kind of socket (co-editing and
 * graphql-ws); each decides how to close (its own close code).
 */
export class SessionWatch {
  private readonly watches = new Set<Watch>();
  /** Revoked session ids and user ids, with when they were revoked. */
  private readonly recentlyRevoked = new Map<string, number>();
  private readonly events: AsyncIterableIterator<SessionRevoked>;

  constructor(pubsub: PubSub) {
    const events = pubsub.subscribe(SESSION_REVOKED);
    this.events = events;
    void (async () => {
      for await (const event of events) this.revoke(event);
    })();
  }

  /**
   * Calls `end` once when `session` expires or is revoked, unless the returned stop function was
   * called first (the connection closed by itself).
   */
  watch(session: WatchedSession, end: (reason: SessionEnd) => void): () => void {
    const watch: Watch = { session, end, timer: undefined };
    const expiresAt = session.expiresAt.getTime();
    const arm = () => {
      watch.timer = setTimeout(
        () => (Date.now() >= expiresAt ? this.finish(watch, 'expired') : arm()),
        Math.min(Math.max(0, expiresAt - Date.now()), MAX_TIMER_MS),
      );
      watch.timer.unref();
    };
    arm();
    this.watches.add(watch);
    if (this.wasRevoked(session)) queueMicrotask(() => this.finish(watch, 'revoked'));
    return () => {
      clearTimeout(watch.timer);
      this.watches.delete(watch);
    };
  }

  /** Stops listening; watched connections are closed by their owners. */
  async close(): Promise<void> {
    for (const watch of this.watches) clearTimeout(watch.timer);
    this.watches.clear();
    await this.events.return?.();
  }

  private revoke({ sessionId, userId }: SessionRevoked): void {
    const now = Date.now();
    for (const [key, at] of this.recentlyRevoked)
      if (now - at > REMEMBER_REVOKED_MS) this.recentlyRevoked.delete(key);
    this.recentlyRevoked.set(sessionId ? `session:${sessionId}` : `user:${userId}`, now);
    for (const watch of [...this.watches]) {
      const { session } = watch;
      if (sessionId ? session.sessionId === sessionId : session.userId === userId)
        this.finish(watch, 'revoked');
    }
  }

  private wasRevoked(session: WatchedSession): boolean {
    const since = Date.now() - REMEMBER_REVOKED_MS;
    const at = Math.max(
      this.recentlyRevoked.get(`session:${session.sessionId}`) ?? 0,
      this.recentlyRevoked.get(`user:${session.userId}`) ?? 0,
    );
    return at > since;
  }

  private finish(watch: Watch, reason: SessionEnd): void {
    if (!this.watches.delete(watch)) return;
    clearTimeout(watch.timer);
    watch.end(reason);
  }
}

import { assertCan } from '../../auth/can';
import { z } from 'zod';
import { SESSION_REVOKED } from '../../events/topics';
import { buildViewer, createSession, emailFingerprint, hashToken, revokeSession } from '../../auth/session';
import { verifyPassword } from '../../auth/password';
import { badUserInput, unauthenticated } from '../../errors';
import type { RequestContext } from '../context';

const loginInput = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254),
  password: z.string().min(1).max(1024),
});

/** Signs in with e-mail and password; counts failures per account and address against brute force. */
export async function login(ctx: RequestContext, args: { email: string; password: string }) {
  const parsed = loginInput.safeParse(args);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'email');
    throw badUserInput(field, field === 'email' ? 'must be an e-mail address' : 'must not be empty');
  }
  const { email, password } = parsed.data;
  const { models, loginLimiter, config, logger } = ctx.runtime;

  // The attempt is counted before the (slow) password check, so parallel guesses cannot outrun it.
  const user = await loginLimiter.attempt(email, ctx.clientAddress, async () => {
    const found = await models.User.findOne({ email }).lean();
    return (await verifyPassword(found?.passwordHash ?? null, password)) ? found : null;
  });
  // A deactivated account gets the same answer as a wrong password: it tells nothing more.
  if (!user || user.deactivatedAt) {
    // Least data: never the typed e-mail, only a keyed hash of it to correlate attempts.
    logger.info(
      { emailHash: emailFingerprint(config.sessionSecret, email), address: ctx.clientAddress },
      'failed sign-in',
    );
    throw unauthenticated('Wrong e-mail address or password.');
  }
  const { token, expiresAt } = await createSession(models, user._id, config.tokenTtlHours);
  // The rest of this response is resolved as the user who just signed in (e.g. their own e-mail).
  ctx.viewer = await buildViewer(models, user, hashToken(token));
  return { token, expiresAt, user };
}

/** Revokes the session of this request and tells live sockets that rely on it. */
export async function logout(ctx: RequestContext): Promise<boolean> {
  const viewer = assertCan(ctx.viewer, 'session:end');
  await revokeSession(ctx.runtime.models, viewer.sessionId);
  ctx.runtime.pubsub.publish(SESSION_REVOKED, { sessionId: viewer.sessionId, userId: viewer.id });
  return true;
}

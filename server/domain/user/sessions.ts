import type { Types } from 'mongoose';
import { SESSION_REVOKED } from '../../events/topics';
import type { RequestContext } from '../context';

/**
 * Ends every live session of a user, except `keep` (the caller's own), and tells the WebSocket
 * servers, which close the sockets of each session at once (the same path as a logout).
 */
export async function endSessions(
  ctx: RequestContext,
  userId: Types.ObjectId,
  keep: string | null = null,
): Promise<number> {
  const { models, pubsub } = ctx.runtime;
  const sessions = await models.Session.find({ userId, revokedAt: null }, { _id: 1 }).lean();
  const ended = sessions.map((session) => session._id).filter((id) => id !== keep);
  if (ended.length === 0) return 0;
  await models.Session.updateMany({ _id: { $in: ended } }, { $set: { revokedAt: ctx.runtime.now() } }).exec();
  for (const sessionId of ended) pubsub.publish(SESSION_REVOKED, { sessionId, userId: String(userId) });
  return ended.length;
}

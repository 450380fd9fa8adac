import { newPassword, title } from '../../../common/validation';
import { requireViewer } from '../../auth/guards';
import { hashPassword, verifyPassword } from '../../auth/password';
import type { UserRecord } from '../../db/models/User';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';
import { endSessions } from './sessions';
import { z } from 'zod';

/** The signed-in user changes their display name. */
export async function updateMyName(ctx: RequestContext, args: { name: string }) {
  const viewer = requireViewer(ctx.viewer);
  const { name } = parseInput(z.object({ name: title }), args);
  const before = await ctx.runtime.models.User.findByIdAndUpdate(viewer.id, {
    $set: { name },
  }).lean<UserRecord>();
  if (!before) throw notFound('User');
  await recordChange(ctx, viewer, {
    action: 'user:rename',
    subjectType: 'User',
    subjectId: viewer.id,
    before: { name: before.name },
    after: { name },
  });
  return { ...before, name } as UserRecord;
}

const passwordInput = z.object({ currentPassword: z.string().max(1024), newPassword });

/**
 * The signed-in user changes their password after giving the current one; their other sessions end
 * (this one stays). The audit line says that it changed, never what it is.
 */
export async function changeMyPassword(
  ctx: RequestContext,
  args: { currentPassword: string; newPassword: string },
): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(passwordInput, args);
  const { models } = ctx.runtime;
  const user = await models.User.findById(viewer.id).lean<UserRecord>();
  if (!user) throw notFound('User');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw badUserInput('currentPassword', 'is not your current password');
  await models.User.updateOne(
    { _id: user._id },
    { $set: { passwordHash: await hashPassword(input.newPassword) } },
  );
  const ended = await endSessions(ctx, user._id, viewer.sessionId);
  await recordChange(ctx, viewer, {
    action: 'user:changePassword',
    subjectType: 'User',
    subjectId: viewer.id,
    after: { endedSessions: ended },
  });
  return true;
}

import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { z } from 'zod';
import { emailAddress, newPassword } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { hashPassword } from '../../auth/password';
import { buildViewer, createSession, hashToken } from '../../auth/session';
import type { Viewer } from '../../auth/viewer';
import type { AccountLinkPurpose, AccountTokenRecord } from '../../db/models/AccountToken';
import type { UserRecord } from '../../db/models/User';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput, parseObjectId } from '../validation';
import { endSessions } from './sessions';

/** How long an account link stays valid. */
export const ACCOUNT_LINK_DAYS = 7;
/** The web app's page that opens account links; the token follows `#`, so it stays out of logs. */
export const ACCOUNT_LINK_PAGE = '/wachtwoord-instellen';

/** What the admin (or the mailer) gets for a new link. */
export interface AccountLinkResult {
  user: UserRecord;
  sent: boolean;
  path: string | null;
  expiresAt: Date;
}

/**
 * Makes a single-use link for `user` (earlier unused links of the same purpose stop working) and
 * delivers it by e-mail when a mailer is configured; otherwise the path is returned, once.
 */
export async function issueAccountLink(
  ctx: RequestContext,
  user: UserRecord,
  purpose: AccountLinkPurpose,
  createdBy: Types.ObjectId | string | null,
): Promise<AccountLinkResult> {
  const { models, mailer } = ctx.runtime;
  const now = ctx.runtime.now();
  await models.AccountToken.updateMany(
    { userId: user._id, purpose, usedAt: null },
    { $set: { usedAt: now } },
  ).exec();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ACCOUNT_LINK_DAYS * 24 * 3600_000);
  await models.AccountToken.create({
    _id: hashToken(token),
    userId: user._id,
    purpose,
    expiresAt,
    createdByUserId: createdBy,
  });
  const path = `${ACCOUNT_LINK_PAGE}#${token}`;
  if (mailer) {
    await mailer.send({ to: user.email, name: user.name, purpose, path, expiresAt });
    return { user, sent: true, path: null, expiresAt };
  }
  return { user, sent: false, path, expiresAt };
}

/** Admins make a new link for a person: an invitation while they have no password, else a reset. */
export async function createAccountLink(ctx: RequestContext, args: { userId: string }) {
  const viewer = assertCan(ctx.viewer, 'user:manage');
  const user = await ctx.runtime.models.User.findById(
    parseObjectId('userId', args.userId),
  ).lean<UserRecord>();
  if (!user) throw notFound('User');
  if (user.deactivatedAt) throw badUserInput('userId', 'the account is deactivated');
  const purpose = user.passwordHash ? 'RESET' : 'INVITE';
  const result = await issueAccountLink(ctx, user, purpose, viewer.id);
  await recordChange(ctx, viewer, {
    action: 'user:createLink',
    subjectType: 'User',
    subjectId: String(user._id),
    after: { purpose, sent: result.sent, expiresAt: result.expiresAt.toISOString() },
  });
  return result;
}

/** The live token record of a link, or null when it is unknown, used or expired. */
async function liveLink(ctx: RequestContext, token: string): Promise<AccountTokenRecord | null> {
  if (!token || token.length > 200) return null;
  const record = await ctx.runtime.models.AccountToken.findById(hashToken(token)).lean<AccountTokenRecord>();
  if (!record || record.usedAt || record.expiresAt.getTime() <= ctx.runtime.now().getTime()) return null;
  return record;
}

/** What a live link is for and whose it is (the name only), for the page that opens it; public. */
export async function accountLinkInfo(ctx: RequestContext, token: string) {
  const record = await liveLink(ctx, token);
  if (!record) return null;
  const user = await ctx.runtime.models.User.findById(record.userId, { name: 1, deactivatedAt: 1 }).lean();
  if (!user || user.deactivatedAt) return null;
  return { purpose: record.purpose, name: user.name, expiresAt: record.expiresAt };
}

const acceptInput = z.object({ token: z.string().max(200), password: newPassword });

/**
 * Sets the password through a link and signs in; the link is used up. A reset also ends the
 * person's other sessions (whoever knew the old password is out).
 */
export async function acceptAccountLink(ctx: RequestContext, args: { token: string; password: string }) {
  const input = parseInput(acceptInput, args);
  const { models, config } = ctx.runtime;
  const record = await liveLink(ctx, input.token);
  const unusable = () => badUserInput('token', 'the link is unknown, used or expired');
  if (!record) throw unusable();
  const user = await models.User.findById(record.userId).lean<UserRecord>();
  if (!user || user.deactivatedAt) throw unusable();
  const now = ctx.runtime.now();
  // Used up before the password is set: a second use of the same link finds it used.
  const claimed = await models.AccountToken.findOneAndUpdate(
    { _id: record._id, usedAt: null },
    { $set: { usedAt: now } },
  ).lean();
  if (!claimed) throw unusable();
  await models.User.updateOne(
    { _id: user._id },
    { $set: { passwordHash: await hashPassword(input.password) } },
  );
  if (record.purpose === 'RESET') await endSessions(ctx, user._id);
  const { token, expiresAt } = await createSession(models, user._id, config.tokenTtlHours);
  const viewer: Viewer = await buildViewer(models, user, hashToken(token));
  await recordChange(ctx, viewer, {
    action: record.purpose === 'INVITE' ? 'user:acceptInvite' : 'user:resetPassword',
    subjectType: 'User',
    subjectId: String(user._id),
  });
  // The rest of this response is resolved as the person who just signed in.
  ctx.viewer = viewer;
  return { token, expiresAt, user };
}

/**
 * A forgotten password: when the address has an active account with a password and e-mail is
 * configured, a reset link is sent. Always true, so the answer does not tell which addresses have
 * accounts; without e-mail an admin makes the link (people page).
 */
export async function requestPasswordReset(ctx: RequestContext, args: { email: string }): Promise<boolean> {
  const parsed = emailAddress.safeParse(args.email);
  if (!parsed.success) throw badUserInput('email', 'must be an e-mail address');
  if (!ctx.runtime.mailer) return true;
  const user = await ctx.runtime.models.User.findOne({ email: parsed.data }).lean<UserRecord>();
  if (user && user.passwordHash && !user.deactivatedAt) await issueAccountLink(ctx, user, 'RESET', null);
  return true;
}

import type { QueryFilter } from 'mongoose';
import { z } from 'zod';
import { cbsCode, emailAddress, MAX_SEARCH_LENGTH, objectId, title } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { ROLES, type UserRecord } from '../../db/models/User';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { containsText } from '../../db/textMatch';
import { isDuplicateKey } from '../../db/duplicateKey';
import { badUserInput, conflict, notFound } from '../../errors';
import { TASKFORCE_MEMBERSHIP_CHANGED } from '../../events/topics';
import { recordChange, type DomainEvent } from '../change';
import type { RequestContext } from '../context';
import { parseInput, parseObjectId } from '../validation';
import { issueAccountLink } from './accountLinks';
import { endSessions } from './sessions';

/** A person's roles and what they need: a municipality for an editor, an optional cooperation. */
const accessFields = {
  roles: z
    .array(z.enum(ROLES))
    .max(ROLES.length)
    .transform((roles) => [...new Set(roles)]),
  municipalityId: cbsCode.nullish(),
  cooperationId: objectId.nullish(),
};

function requireMunicipality(
  input: { roles: string[]; municipalityId?: string | null },
  ctx: z.RefinementCtx,
) {
  if (input.roles.includes('MUNICIPALITY_EDITOR') && !input.municipalityId) {
    ctx.addIssue({
      code: 'custom',
      path: ['municipalityId'],
      message: 'a municipality editor needs a municipality',
    });
  }
}

const inviteInput = z
  .object({ email: emailAddress, name: title, taskforceId: objectId.nullish(), ...accessFields })
  .superRefine(requireMunicipality);
const accessInput = z.object({ userId: objectId, ...accessFields }).superRefine(requireMunicipality);

/** The municipality and cooperation of an input exist, else BAD_USER_INPUT naming the field. */
async function checkReferences(
  ctx: RequestContext,
  input: { municipalityId?: string | null; cooperationId?: string | null; taskforceId?: string | null },
) {
  const { models } = ctx.runtime;
  if (input.municipalityId && !(await ctx.loaders.municipalityById.load(input.municipalityId)))
    throw badUserInput('municipalityId', 'does not exist');
  if (input.cooperationId && !(await models.Cooperation.exists({ _id: input.cooperationId })))
    throw badUserInput('cooperationId', 'does not exist');
  if (input.taskforceId && !(await models.Taskforce.exists({ _id: input.taskforceId })))
    throw badUserInput('taskforceId', 'does not exist');
}

/** Admins: a page of people by name, optionally matching part of the name or e-mail address. */
export function listUsers(ctx: RequestContext, args: PageArgs & { search?: string | null }) {
  assertCan(ctx.viewer, 'user:manage');
  const filter: QueryFilter<UserRecord> = {};
  if (args.search) {
    if (args.search.length > MAX_SEARCH_LENGTH) throw badUserInput('search', 'is too long');
    const match = containsText(args.search);
    filter.$or = [{ email: match }, { name: { ...match, $options: 'i' } }];
  }
  return pageOfQuery(ctx.runtime.models.User, filter, { name: 1, _id: 1 }, args);
}

/**
 * Admins invite a person: the account is created without a password, with its roles (and
 * municipality, cooperation, taskforce), and a single-use link lets them set one. A taken address
 * is CONFLICT.
 */
export async function inviteUser(ctx: RequestContext, args: z.input<typeof inviteInput>) {
  const viewer = assertCan(ctx.viewer, 'user:manage');
  const input = parseInput(inviteInput, args);
  await checkReferences(ctx, input);
  const { models } = ctx.runtime;
  const taken = () => conflict(`An account with ${input.email} already exists.`);
  if (await models.User.exists({ email: input.email })) throw taken();
  let user: UserRecord;
  try {
    user = (
      await models.User.create({
        email: input.email,
        name: input.name,
        roles: input.roles,
        municipalityId: input.municipalityId ?? null,
        cooperationId: input.cooperationId ?? null,
        passwordHash: null,
      })
    ).toObject() as UserRecord;
  } catch (error) {
    if (isDuplicateKey(error)) throw taken();
    throw error;
  }
  const events: DomainEvent[] = [];
  if (input.taskforceId) {
    await models.Taskforce.updateOne({ _id: input.taskforceId }, { $addToSet: { memberIds: user._id } });
    events.push({
      topic: TASKFORCE_MEMBERSHIP_CHANGED,
      payload: { taskforceId: input.taskforceId, userId: String(user._id) },
    });
  }
  const result = await issueAccountLink(ctx, user, 'INVITE', viewer.id);
  await recordChange(ctx, viewer, {
    action: 'user:invite',
    subjectType: 'User',
    subjectId: String(user._id),
    after: {
      email: input.email,
      name: input.name,
      roles: input.roles,
      municipalityId: input.municipalityId ?? null,
      cooperationId: input.cooperationId ?? null,
      taskforceId: input.taskforceId ?? null,
      sent: result.sent,
    },
    events,
  });
  return result;
}

/** Admins change a person's roles, municipality and cooperation; their sockets re-decide access. */
export async function updateUserAccess(ctx: RequestContext, args: z.input<typeof accessInput>) {
  const viewer = assertCan(ctx.viewer, 'user:manage');
  const input = parseInput(accessInput, args);
  await checkReferences(ctx, input);
  if (input.userId === viewer.id && !input.roles.includes('ADMIN'))
    throw badUserInput('roles', 'you cannot take away your own ADMIN role');
  const { models } = ctx.runtime;
  const set = {
    roles: input.roles,
    municipalityId: input.municipalityId ?? null,
    cooperationId: input.cooperationId ?? null,
  };
  const before = await models.User.findByIdAndUpdate(input.userId, { $set: set }).lean<UserRecord>();
  if (!before) throw notFound('User');
  await recordChange(ctx, viewer, {
    action: 'user:access',
    subjectType: 'User',
    subjectId: input.userId,
    before: {
      roles: before.roles,
      municipalityId: before.municipalityId ?? null,
      cooperationId: before.cooperationId ? String(before.cooperationId) : null,
    },
    after: set,
    events: [{ topic: TASKFORCE_MEMBERSHIP_CHANGED, payload: { taskforceId: '*', userId: input.userId } }],
  });
  return { ...before, ...set } as UserRecord;
}

/**
 * Admins deactivate an account (it cannot sign in; its sessions end and their sockets close at
 * once) or reactivate it. Nobody deactivates themselves.
 */
export async function setUserActive(ctx: RequestContext, args: { userId: string }, active: boolean) {
  const viewer = assertCan(ctx.viewer, 'user:manage');
  const userId = parseObjectId('userId', args.userId);
  if (!active && args.userId === viewer.id) throw badUserInput('userId', 'you cannot deactivate yourself');
  const { models } = ctx.runtime;
  const deactivatedAt = active ? null : ctx.runtime.now();
  const before = await models.User.findByIdAndUpdate(userId, { $set: { deactivatedAt } }).lean<UserRecord>();
  if (!before) throw notFound('User');
  const ended = active ? 0 : await endSessions(ctx, userId);
  await recordChange(ctx, viewer, {
    action: active ? 'user:reactivate' : 'user:deactivate',
    subjectType: 'User',
    subjectId: args.userId,
    before: { deactivatedAt: before.deactivatedAt ?? null },
    after: { deactivatedAt, endedSessions: ended },
  });
  return { ...before, deactivatedAt } as UserRecord;
}

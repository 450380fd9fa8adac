import { z } from 'zod';
import {
  API_SCOPES,
  MAX_API_TOKEN_DAYS,
  MAX_API_TOKEN_NAME_LENGTH,
  type ApiScope,
} from '../../../common/apiTokens';
import { cbsCode, isoDate } from '../../../common/validation';
import { FieldProblem } from '../../../common/errorCodes';
import { generateApiToken } from '../../auth/apiTokens';
import { assertCan, can } from '../../auth/can';
import { requireViewer } from '../../auth/guards';
import type { ApiTokenRecord } from '../../db/models/ApiToken';
import { badUserInput, notFound } from '../../errors';
import { SESSION_REVOKED } from '../../events/topics';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseCbsCode, parseInput } from '../validation';

const DAY_MS = 86_400_000;

const createInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_API_TOKEN_NAME_LENGTH, `must be at most ${MAX_API_TOKEN_NAME_LENGTH} characters`),
  scopes: z
    .array(z.enum(API_SCOPES, { message: `must be one of ${API_SCOPES.join(', ')}` }))
    .min(1, 'must name at least one scope')
    .transform((scopes) => [...new Set(scopes)]),
  municipalityId: cbsCode.nullish().transform((value) => value ?? null),
  expiresOn: isoDate,
});

/** Input of `createApiToken` as the client sends it. */
export interface CreateApiTokenArgs {
  name: string;
  scopes: string[];
  municipalityId?: string | null;
  expiresOn: string;
}

/** What the audit log keeps of a token: never its secret or hash. */
function auditState(record: Pick<ApiTokenRecord, 'name' | 'scopes' | 'municipalityId' | 'expiresAt'>) {
  return {
    name: record.name,
    scopes: record.scopes,
    municipalityId: record.municipalityId ?? null,
    expiresAt: record.expiresAt,
  };
}

/**
 * The moment a token whose last day is `expiresOn` stops working: the start of the next day (UTC).
 * BAD_USER_INPUT unless that is after now and within a year.
 */
function expiryOf(expiresOn: string, now: Date): Date {
  const expiresAt = new Date(Date.parse(`${expiresOn}T00:00:00.000Z`) + DAY_MS);
  if (expiresAt.getTime() <= now.getTime()) throw badUserInput('expiresOn', 'must be today or later');
  if (expiresAt.getTime() > now.getTime() + MAX_API_TOKEN_DAYS * DAY_MS)
    throw badUserInput(
      'expiresOn',
      `must be at most ${MAX_API_TOKEN_DAYS} days ahead`,
      FieldProblem.Invalid,
      MAX_API_TOKEN_DAYS,
    );
  return expiresAt;
}

/**
 * Creates an API token: validate, authorize (`apiToken:manage` for its municipality), store only
 * its hash, audit, and hand the secret back this once.
 */
export async function createApiToken(ctx: RequestContext, args: CreateApiTokenArgs) {
  requireViewer(ctx.viewer);
  const input = parseInput(createInput, args);
  const viewer = assertCan(ctx.viewer, 'apiToken:manage', { municipalityId: input.municipalityId });
  if (input.municipalityId && !(await ctx.loaders.municipalityById.load(input.municipalityId)))
    throw notFound('Municipality');
  const now = ctx.runtime.now();
  const expiresAt = expiryOf(input.expiresOn, now);
  const { token, hash, publicId } = generateApiToken();
  const created = await ctx.runtime.models.ApiToken.create({
    _id: hash,
    publicId,
    name: input.name,
    scopes: input.scopes satisfies ApiScope[],
    municipalityId: input.municipalityId,
    createdBy: viewer.id,
    expiresAt,
  });
  const apiToken = created.toObject() as ApiTokenRecord;
  await recordChange(ctx, viewer, {
    action: 'apiToken:create',
    subjectType: 'ApiToken',
    subjectId: publicId,
    before: null,
    after: auditState(apiToken),
  });
  return { token, apiToken };
}

/**
 * Revokes a token at once: the next request with it is refused (every request reads the token),
 * and `session.revoked` closes the sockets that use it in every process.
 */
export async function revokeApiToken(ctx: RequestContext, id: string) {
  requireViewer(ctx.viewer);
  const { ApiToken } = ctx.runtime.models;
  const existing = await ApiToken.findOne({ publicId: id }).lean<ApiTokenRecord>();
  if (!existing) throw notFound('ApiToken');
  const viewer = assertCan(ctx.viewer, 'apiToken:manage', {
    municipalityId: existing.municipalityId ?? null,
  });
  if (existing.revokedAt) return existing;
  const revoked = await ApiToken.findOneAndUpdate(
    { _id: existing._id },
    { $set: { revokedAt: ctx.runtime.now() } },
    { returnDocument: 'after' },
  ).lean<ApiTokenRecord>();
  if (!revoked) throw notFound('ApiToken');
  await recordChange(ctx, viewer, {
    action: 'apiToken:revoke',
    subjectType: 'ApiToken',
    subjectId: revoked.publicId,
    before: auditState(existing),
    after: { ...auditState(revoked), revokedAt: revoked.revokedAt },
    events: [
      { topic: SESSION_REVOKED, payload: { sessionId: revoked._id, userId: String(revoked.createdBy) } },
    ],
  });
  return revoked;
}

/**
 * The tokens a viewer manages, newest first: one municipality's (an editor's own by default), or,
 * for an admin asking for no municipality, every token.
 */
export async function listApiTokens(ctx: RequestContext, args: { municipalityId?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const asked = args.municipalityId ? parseCbsCode('municipalityId', args.municipalityId) : null;
  const everyToken = asked === null && can(viewer, 'apiToken:manage', { municipalityId: null });
  const municipalityId = everyToken ? null : (asked ?? viewer.municipalityId);
  assertCan(viewer, 'apiToken:manage', { municipalityId });
  return ctx.runtime.models.ApiToken.find(everyToken ? {} : { municipalityId })
    .sort({ createdAt: -1 })
    .lean<ApiTokenRecord[]>();
}

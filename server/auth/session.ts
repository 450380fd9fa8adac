import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Models } from '../db/models';
import type { SessionRecord } from '../db/models/Session';
import type { UserRecord } from '../db/models/User';
import { isApiToken, viewerFromApiToken } from './apiTokens';
import type { WatchedSession } from './sessionWatch';
import type { Viewer } from './viewer';

/** Tokens are 32 random bytes; only their SHA-256 is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A keyed hash of an e-mail address for logs: the same address gives the same value, so repeated
 * failed sign-ins can be correlated, but a log reader cannot recover the address by hashing guesses
 * without the secret.
 */
export function emailFingerprint(secret: string, email: string): string {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex').slice(0, 16);
}

/** Creates a session for `userId` and returns the bearer token (shown once) and its expiry. */
export async function createSession(
  models: Models,
  userId: Types.ObjectId,
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await models.Session.create({ _id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/** Revokes one session; returns the id of its user when it was live. */
export async function revokeSession(models: Models, sessionId: string): Promise<string | null> {
  const session = await models.Session.findOneAndUpdate(
    { _id: sessionId },
    { $set: { revokedAt: new Date() } },
  ).lean();
  return session ? String(session.userId) : null;
}

/** The ids of the taskforces `userId` is a member of. */
function taskforcesOf(models: Models, userId: Types.ObjectId) {
  return models.Taskforce.find({ memberIds: userId }, { _id: 1 }).lean();
}

/** The cooperation a user reports for, if any. */
function cooperationOf(models: Models, user: UserRecord) {
  return user.cooperationId ? models.Cooperation.findById(user.cooperationId).lean() : null;
}

function assembleViewer(
  user: UserRecord,
  sessionId: string,
  taskforces: Array<{ _id: unknown }>,
  cooperation: { _id: unknown; memberIds?: string[] | null } | null,
): Viewer {
  const editable = new Set<string>();
  if (user.municipalityId) editable.add(user.municipalityId);
  for (const member of cooperation?.memberIds ?? []) editable.add(member);
  return {
    id: String(user._id),
    sessionId,
    name: user.name,
    roles: user.roles,
    municipalityId: user.municipalityId ?? null,
    editableMunicipalityIds: [...editable],
    cooperationId: cooperation ? String(cooperation._id) : null,
    taskforceIds: taskforces.map((t) => String(t._id)),
  };
}

/** Builds the Viewer of a user: their roles, municipalities they may report for, their taskforces. */
export async function buildViewer(models: Models, user: UserRecord, sessionId: string): Promise<Viewer> {
  const [taskforces, cooperation] = await Promise.all([
    taskforcesOf(models, user._id),
    cooperationOf(models, user),
  ]);
  return assembleViewer(user, sessionId, taskforces, cooperation);
}

/** The session record of a bearer token, or null when it is unknown, expired or revoked. */
export async function liveSession(
  models: Models,
  token: string | undefined | null,
): Promise<SessionRecord | null> {
  if (!token || token.length > 200) return null;
  const session = await models.Session.findById(hashToken(token)).lean<SessionRecord>();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
  return session;
}

/**
 * The Viewer of a live session, or null when its user is gone or deactivated. The user and their taskforces are
 * read at once (both need only the session's user id), so signing in costs two round trips.
 */
export async function viewerOfSession(models: Models, session: SessionRecord): Promise<Viewer | null> {
  const [user, taskforces] = await Promise.all([
    models.User.findById(session.userId).lean(),
    taskforcesOf(models, session.userId),
  ]);
  if (!user || user.deactivatedAt) return null;
  return assembleViewer(user, session._id, taskforces, await cooperationOf(models, user));
}

/** A token's viewer and until when the token is valid. */
export interface ResolvedToken {
  viewer: Viewer;
  expiresAt: Date;
}

/**
 * Resolves a bearer token — a sign-in session's or an API token — to its Viewer and expiry, or
 * null when it is unknown, expired or revoked.
 */
export async function resolveToken(
  models: Models,
  token: string | undefined | null,
): Promise<ResolvedToken | null> {
  if (token && token.length <= 200 && isApiToken(token)) {
    const viewer = await viewerFromApiToken(models, token);
    return viewer?.apiToken ? { viewer, expiresAt: viewer.apiToken.expiresAt } : null;
  }
  const session = await liveSession(models, token);
  const viewer = session ? await viewerOfSession(models, session) : null;
  return viewer && session ? { viewer, expiresAt: session.expiresAt } : null;
}

/** The Viewer of a bearer token, or null when it is unknown, expired or revoked. */
export async function viewerFromToken(
  models: Models,
  token: string | undefined | null,
): Promise<Viewer | null> {
  return (await resolveToken(models, token))?.viewer ?? null;
}

/**
 * What a socket opened with `token` runs on, for the session watch: the session of a sign-in token
 * or the API token itself (its stored hash is what a revocation names), with its expiry. Null when
 * the token is unknown, expired or revoked, or its person is gone.
 */
export async function watchedSessionOfToken(models: Models, token: string): Promise<WatchedSession | null> {
  if (token.length <= 200 && isApiToken(token)) {
    const viewer = await viewerFromApiToken(models, token);
    return viewer?.apiToken
      ? { sessionId: viewer.sessionId, userId: viewer.id, expiresAt: viewer.apiToken.expiresAt }
      : null;
  }
  const session = await liveSession(models, token);
  if (!session || !(await viewerOfSession(models, session))) return null;
  return { sessionId: session._id, userId: String(session.userId), expiresAt: session.expiresAt };
}

/** The token in an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

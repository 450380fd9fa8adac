import { randomBytes, randomUUID } from 'node:crypto';
import type { Models } from '../db/models';
import type { ApiTokenRecord } from '../db/models/ApiToken';
import { hashToken, buildViewer } from './session';
import type { Viewer } from './viewer';

/**
 * API tokens carry a prefix so a leaked one is recognisable (secret scanners, logs) and so a request
 * needs one lookup: a token with the prefix is never looked for among the sessions.
 */
export const API_TOKEN_PREFIX = 'koers_pat_';

/** How stale `lastUsedAt` may get: one write per token per minute, however busy it is. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** True when `token` has the form of an API token (it may still be unknown or revoked). */
export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

/** A new token (shown once to its creator), the hash to store and its public id. */
export function generateApiToken(): { token: string; hash: string; publicId: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), publicId: randomUUID() };
}

/** The record of a live API token: known, not revoked, not expired. */
async function liveApiToken(models: Models, token: string, now: Date): Promise<ApiTokenRecord | null> {
  const record = await models.ApiToken.findById(hashToken(token)).lean<ApiTokenRecord>();
  if (!record || record.revokedAt || record.expiresAt.getTime() <= now.getTime()) return null;
  return record;
}

/**
 * The Viewer of an API token: its creator as they are now (a creator who lost a role or left takes
 * the token's rights along), narrowed to the token's municipality, with the grant `can` checks
 * scopes against. Records the use, at most once a minute.
 */
export async function viewerFromApiToken(models: Models, token: string): Promise<Viewer | null> {
  const now = new Date();
  const record = await liveApiToken(models, token, now);
  if (!record) return null;
  const [creator] = await Promise.all([
    models.User.findById(record.createdBy).lean(),
    !record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS
      ? models.ApiToken.updateOne({ _id: record._id }, { $set: { lastUsedAt: now } })
      : null,
  ]);
  if (!creator) return null;
  const viewer = await buildViewer(models, creator, record._id);
  const municipalityId = record.municipalityId ?? null;
  return {
    ...viewer,
    editableMunicipalityIds: municipalityId
      ? viewer.editableMunicipalityIds.filter((id) => id === municipalityId)
      : viewer.editableMunicipalityIds,
    apiToken: {
      id: record.publicId,
      name: record.name,
      scopes: record.scopes,
      municipalityId,
      expiresAt: record.expiresAt,
    },
  };
}

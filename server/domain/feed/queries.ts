import { createHash } from 'node:crypto';
import type { Types } from 'mongoose';
import type { AuditEventRecord } from '../../db/models/AuditEvent';
import type { StandardRecord } from '../../db/models/Standard';
import type { Runtime } from '../../runtime';

/** The most entries a feed holds: feed readers poll, they do not page back. */
export const FEED_ENTRIES = 50;

type FeedStandard = Pick<StandardRecord, 'slug' | 'name' | 'lifecycle' | 'versions' | 'updatedAt'> & {
  _id: Types.ObjectId;
};

/** One entry of a standards feed. */
export interface FeedEntry {
  /** A `urn:uuid:` derived from what the entry is about, so it never changes. */
  id: string;
  kind: 'CREATED' | 'VERSION' | 'LIFECYCLE';
  updated: Date;
  standard: { slug: string; name: string };
  /** Version number, the new lifecycle stage, or null for a new standard. */
  detail: string | null;
  /** Release notes of a version, or the reason a lifecycle moved back; may be empty. */
  text: string;
}

/** What a feed shows: its entries, newest first, and when the newest changed. */
export interface StandardsFeed {
  /** The one standard of a per-standard feed. */
  standard: { slug: string; name: string } | null;
  entries: FeedEntry[];
  updated: Date;
}

/** A name-based UUID (RFC 4122 version 5 layout over SHA-1) of `name`: the same name, the same id. */
function stableUuid(name: string): string {
  const hash = createHash('sha1').update(`koers:feed:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The audit events a feed reads: new standards, publications and lifecycle moves, which come from
 * changeStandardLifecycle and from updateStandard's one step forward (its other edits are left out
 * in the query, so they cannot crowd the events that matter out of the limit).
 */
const FEED_EVENTS = [
  { action: { $in: ['standard:create', 'standard:publishVersion', 'standard:lifecycle'] } },
  { action: 'standard:update', 'after.lifecycle': { $exists: true } },
];

/**
 * The public feed of the catalogue (or of one standard, by slug; null when there is none): every
 * version a standard lists, its lifecycle changes and its arrival in the catalogue, from the
 * standards' versions and the audit log. The catalogue is public in full (visitors read every
 * standard, drafts too), so the feed shows only what the catalogue shows: names, versions with
 * their notes, stages and the public reason of a move back; never who made a change.
 * A version appears at the time Koers published it, or, for versions imported from the sources
 * (no publishing in the audit log), on its own date; an undated imported version is left out, as
 * the feed cannot say when it came.
 */
export async function standardsFeed(
  runtime: Pick<Runtime, 'models'>,
  args: { slug?: string },
): Promise<StandardsFeed | null> {
  const { models } = runtime;
  const projection = { slug: 1, name: 1, lifecycle: 1, versions: 1, updatedAt: 1 };
  const standards = await models.Standard.find(args.slug ? { slug: args.slug } : {}, projection)
    .lean<FeedStandard[]>()
    .exec();
  if (args.slug && standards.length === 0) return null;
  const byId = new Map(standards.map((s) => [String(s._id), s]));
  const audit = await models.AuditEvent.find(
    {
      $or: FEED_EVENTS,
      ...(args.slug ? { subjectId: String(standards[0]!._id) } : {}),
    },
    { action: 1, subjectId: 1, before: 1, after: 1, at: 1 },
  )
    .sort({ at: -1, _id: -1 })
    .limit(FEED_ENTRIES * 4)
    .lean<AuditEventRecord[]>()
    .exec();

  const entries: FeedEntry[] = [];
  const published = new Map<string, Date>();
  for (const event of audit) {
    const standard = byId.get(event.subjectId);
    if (!standard) continue;
    const ref = { slug: standard.slug, name: standard.name };
    const after = (event.after ?? {}) as Record<string, unknown>;
    const before = (event.before ?? {}) as Record<string, unknown>;
    if (event.action === 'standard:publishVersion') {
      const number = (after.version as { number?: string } | undefined)?.number;
      if (number && !published.has(`${event.subjectId}:${number}`))
        published.set(`${event.subjectId}:${number}`, event.at);
    } else if (event.action === 'standard:create') {
      entries.push({
        id: stableUuid(`audit:${String(event._id)}`),
        kind: 'CREATED',
        updated: event.at,
        standard: ref,
        detail: null,
        text: '',
      });
    } else if (before.lifecycle !== after.lifecycle && typeof after.lifecycle === 'string') {
      entries.push({
        id: stableUuid(`audit:${String(event._id)}`),
        kind: 'LIFECYCLE',
        updated: event.at,
        standard: ref,
        detail: after.lifecycle,
        text: typeof after.reason === 'string' ? after.reason : '',
      });
    }
  }
  for (const standard of standards) {
    // Standards seeded without versions may have no `versions` field at all (FerretDB 1.x drops
    // an empty array set by an upsert's $setOnInsert).
    for (const version of standard.versions ?? []) {
      const key = `${String(standard._id)}:${version.number}`;
      const updated = published.get(key) ?? (version.date ? new Date(`${version.date}T00:00:00Z`) : null);
      if (!updated || Number.isNaN(updated.getTime())) continue;
      entries.push({
        id: stableUuid(`version:${key}`),
        kind: 'VERSION',
        updated,
        standard: { slug: standard.slug, name: standard.name },
        detail: version.number,
        text: version.changes ?? '',
      });
    }
  }
  entries.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));
  const kept = entries.slice(0, FEED_ENTRIES);
  const newest =
    kept[0]?.updated ?? standards.reduce((d, s) => (s.updatedAt > d ? s.updatedAt : d), new Date(0));
  return {
    standard: args.slug ? { slug: standards[0]!.slug, name: standards[0]!.name } : null,
    entries: kept,
    updated: newest,
  };
}

import { Types } from 'mongoose';
import { isCbsCode } from '../../../common/validation';
import { assertCan, assertCanReadPublic } from '../../auth/can';
import type { PublicationKind, PublicationRecord } from '../../db/models/Publication';
import { pageOfList, type PageArgs } from '../../db/pagination';
import type { RequestContext } from '../context';
import { readableRoadmap } from '../roadmap/policy';
import { publicPageOf, publicQuickWinOf, publicRoadmapOf, viewsOf } from './readModel';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug';

/** The publication of `kind` under `slug`, or null (also for a slug that cannot exist). */
async function publishedAt(ctx: RequestContext, kind: PublicationKind, slug: string) {
  assertCanReadPublic(ctx.viewer, 'publication:read');
  if (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) return null;
  return ctx.runtime.models.Publication.findOne({ kind, slug }).lean();
}

/** True while something of `kind` is published under `slug` (the public web pages' HTTP status). */
export async function isPublished(
  ctx: RequestContext,
  kind: PublicationKind,
  slug: string,
): Promise<boolean> {
  return (await publishedAt(ctx, kind, slug)) !== null;
}

/** Everything published, newest first; public. */
export async function listPublications(ctx: RequestContext, args: PageArgs) {
  assertCanReadPublic(ctx.viewer, 'publication:read');
  const records = await ctx.runtime.models.Publication.find().sort({ publishedAt: -1, _id: 1 }).lean();
  return pageOfList(await viewsOf(ctx.runtime.models, records), args);
}

/** A published roadmap's public projection, or null. */
export async function publicRoadmap(ctx: RequestContext, slug: string) {
  const publication = await publishedAt(ctx, 'ROADMAP', slug);
  if (!publication) return null;
  const roadmap = await ctx.runtime.models.Roadmap.findById(publication.subjectId).lean();
  return roadmap ? publicRoadmapOf(ctx.runtime.models, roadmap, publication) : null;
}

/** A published quick win's public projection, or null. */
export async function publicQuickWin(ctx: RequestContext, slug: string) {
  const publication = await publishedAt(ctx, 'QUICK_WIN', slug);
  return publication ? publicQuickWinOf(ctx.runtime.models, publication) : null;
}

/** A published knowledge page's public projection, or null. */
export async function publicPage(ctx: RequestContext, slug: string) {
  const publication = await publishedAt(ctx, 'PAGE', slug);
  return publication ? publicPageOf(ctx.runtime.models, publication) : null;
}

/** The publication of one roadmap, quick win or page for signed-in readers; null while unpublished. */
export async function publicationOf(ctx: RequestContext, kind: PublicationKind, subjectId: string) {
  assertCan(ctx.viewer, 'publication:read');
  if (!Types.ObjectId.isValid(subjectId)) return null;
  const record = await ctx.runtime.models.Publication.findOne({ kind, subjectId }).lean();
  if (!record) return null;
  const [view] = await viewsOf(ctx.runtime.models, [record]);
  return view ?? null;
}

/** Any roadmap as the public projection, for printing and images (any signed-in reader). */
export async function roadmapExport(ctx: RequestContext, id: string) {
  const { roadmap } = await readableRoadmap(ctx, id);
  return publicRoadmapOf(ctx.runtime.models, roadmap, null);
}

/**
 * Published roadmaps and quick wins a municipality takes part in: roadmaps of taskforces with a
 * member from it, quick wins it rolls out (not withdrawn). Public.
 */
export async function municipalityPublications(ctx: RequestContext, code: string) {
  assertCanReadPublic(ctx.viewer, 'publication:read');
  if (!isCbsCode(code)) return [];
  const { models } = ctx.runtime;
  const members = await models.User.find({ municipalityId: code }, { _id: 1 }).lean();
  const taskforces = members.length
    ? await models.Taskforce.find({ memberIds: { $in: members.map((m) => m._id) } }, { _id: 1 }).lean()
    : [];
  const [roadmaps, initiatives] = await Promise.all([
    taskforces.length
      ? models.Roadmap.find({ taskforceId: { $in: taskforces.map((t) => t._id) } }, { _id: 1 }).lean()
      : Promise.resolve([]),
    models.Initiative.find({ 'participants.municipalityId': code }, { participants: 1 }).lean(),
  ]);
  const rollouts = initiatives.filter((i) =>
    i.participants.some((p) => p.municipalityId === code && p.status !== 'WITHDRAWN'),
  );
  const wanted: Array<{ kind: PublicationKind; ids: Types.ObjectId[] }> = [
    { kind: 'ROADMAP', ids: roadmaps.map((r) => r._id) },
    { kind: 'QUICK_WIN', ids: rollouts.map((i) => i._id) },
  ];
  const records: PublicationRecord[] = [];
  for (const { kind, ids } of wanted) {
    if (ids.length === 0) continue;
    records.push(
      ...(await models.Publication.find({ kind, subjectId: { $in: ids } })
        .sort({ publishedAt: -1, _id: 1 })
        .lean()),
    );
  }
  return viewsOf(models, records);
}

import { Types } from 'mongoose';
import * as Y from 'yjs';
import { RichTextField } from '../../../common/collab';
import { PROJECTED_TEXT_MAX_LENGTH, richTextOf } from '../../../common/richText';
import { readRoadmap, type RoadmapContent } from '../../../common/roadmapDocument';
import { bytesOf } from '../../db/collabStore';
import type { Models } from '../../db/models';
import type { PublicationKind, PublicationRecord } from '../../db/models/Publication';
import type { RoadmapRecord } from '../../db/models/Roadmap';

/**
 * The public read model: redacted projections of roadmaps, quick wins and pages for visitors. Built
 * field by field from the records, never by passing an internal record on, so nothing about people
 * (item owners, authors, editors, who reported), no comments and no drafts can leak: what is not
 * copied here does not exist for the public.
 */

/** What a publication points at, as lists and permission checks need it. */
export interface PublicationSubject {
  title: string;
  /** The taskforce whose members may publish it; null for knowledge pages. */
  taskforceId: string | null;
}

/** The subject of `kind` with `id`, or null when it is gone. */
export async function subjectOf(
  models: Models,
  kind: PublicationKind,
  id: Types.ObjectId,
): Promise<PublicationSubject | null> {
  if (kind === 'ROADMAP') {
    const roadmap = await models.Roadmap.findById(id, { title: 1, taskforceId: 1 }).lean();
    return roadmap && { title: roadmap.title, taskforceId: String(roadmap.taskforceId) };
  }
  if (kind === 'QUICK_WIN') {
    const initiative = await models.Initiative.findById(id, { title: 1, ownerTaskforceId: 1 }).lean();
    return (
      initiative && {
        title: initiative.title,
        taskforceId: initiative.ownerTaskforceId ? String(initiative.ownerTaskforceId) : null,
      }
    );
  }
  // A page in the trash cannot be published.
  const page = await models.Page.findOne({ _id: id, deletedAt: null }, { title: 1 }).lean();
  return page && { title: page.title, taskforceId: null };
}

/** A publication as the `Publication` type shows it. */
export interface PublicationView {
  id: string;
  kind: PublicationKind;
  slug: string;
  title: string;
  versionName: string | null;
  publishedAt: Date;
  isDemo: boolean;
}

/** Publications with their subjects' titles and versions' names; those whose subject is gone are left out. */
export async function viewsOf(
  models: Models,
  publications: readonly PublicationRecord[],
): Promise<PublicationView[]> {
  const versionIds = publications.flatMap((p) => (p.versionId ? [p.versionId] : []));
  const versions = versionIds.length
    ? await models.RoadmapVersion.find({ _id: { $in: versionIds } }, { name: 1 }).lean()
    : [];
  const versionNames = new Map(versions.map((v) => [String(v._id), v.name]));
  const views = await Promise.all(
    publications.map(async (p): Promise<PublicationView | null> => {
      const subject = await subjectOf(models, p.kind, p.subjectId);
      if (!subject) return null;
      return {
        id: String(p._id),
        kind: p.kind,
        slug: p.slug,
        title: subject.title,
        versionName: p.versionId ? (versionNames.get(String(p.versionId)) ?? null) : null,
        publishedAt: p.publishedAt,
        isDemo: p.isDemo,
      };
    }),
  );
  return views.filter((view): view is PublicationView => view !== null);
}

/** The public projection of a roadmap (the `PublicRoadmap` type). */
export interface PublicRoadmapView {
  slug: string | null;
  title: string;
  description: string;
  startYear: number;
  endYear: number;
  vision: string[];
  lanes: Array<{ id: string; title: string }>;
  items: Array<{
    id: string;
    title: string;
    laneId: string | null;
    startYear: number;
    endYear: number;
    status: string | null;
    standards: Array<{ slug: string; name: string }>;
  }>;
  milestones: Array<{ id: string; title: string; date: string }>;
  taskforceName: string | null;
  versionName: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  isDemo: boolean;
}

/** Plain text, one paragraph per non-empty line. */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The plan a publication shows: a named version's content, or the live projection. */
interface Plan {
  title: string;
  startYear: number;
  endYear: number;
  vision: string;
  lanes: RoadmapContent['lanes'];
  milestones: RoadmapContent['milestones'];
  items: Array<Omit<RoadmapContent['items'][number], 'owner'>>;
  updatedAt: Date;
  versionName: string | null;
}

async function livePlan(models: Models, roadmap: RoadmapRecord): Promise<Plan> {
  const items = await models.RoadmapItem.find({ roadmapId: roadmap._id }).sort({ position: 1 }).lean();
  return {
    title: roadmap.title,
    startYear: roadmap.startYear,
    endYear: roadmap.endYear,
    vision: roadmap.visionText ?? '',
    lanes: roadmap.lanes.map((lane) => ({ id: lane.id, title: lane.title })),
    milestones: roadmap.milestones.map((m) => ({ id: m.id, title: m.title, date: m.date })),
    items: items.map((item) => ({
      id: item.itemId,
      title: item.title,
      laneId: item.laneId,
      startYear: item.startYear,
      endYear: item.endYear,
      status: item.status,
      standardIds: item.standardIds,
      initiativeIds: item.initiativeIds ?? [],
    })),
    updatedAt: roadmap.updatedAt,
    versionName: null,
  };
}

/** A named version's plan, read from its stored state (a version is never co-edited). */
async function versionPlan(
  models: Models,
  roadmap: RoadmapRecord,
  versionId: Types.ObjectId,
): Promise<Plan | null> {
  const version = await models.RoadmapVersion.findOne({ _id: versionId, roadmapId: roadmap._id }).lean();
  if (!version) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytesOf(version.state));
    const content = readRoadmap(doc);
    return {
      title: content.meta.title ?? roadmap.title,
      startYear: content.meta.startYear ?? roadmap.startYear,
      endYear: content.meta.endYear ?? roadmap.endYear,
      vision: richTextOf(doc.getXmlFragment(RichTextField.roadmap), PROJECTED_TEXT_MAX_LENGTH),
      lanes: content.lanes,
      milestones: content.milestones,
      items: content.items,
      updatedAt: version.createdAt,
      versionName: version.name,
    };
  } finally {
    doc.destroy();
  }
}

/**
 * The public projection of `roadmap`, live or at `versionId`; null when that version is gone.
 * Comments are never read; items keep no owner; standards are linked by slug and name only.
 */
export async function publicRoadmapOf(
  models: Models,
  roadmap: RoadmapRecord,
  publication: Pick<PublicationRecord, 'slug' | 'versionId' | 'publishedAt' | 'isDemo'> | null,
): Promise<PublicRoadmapView | null> {
  const plan = publication?.versionId
    ? await versionPlan(models, roadmap, publication.versionId)
    : await livePlan(models, roadmap);
  if (!plan) return null;
  const standardIds = [...new Set(plan.items.flatMap((item) => item.standardIds))].filter((id) =>
    Types.ObjectId.isValid(id),
  );
  const [standards, taskforce] = await Promise.all([
    standardIds.length
      ? models.Standard.find({ _id: { $in: standardIds } }, { slug: 1, name: 1 }).lean()
      : Promise.resolve([]),
    models.Taskforce.findById(roadmap.taskforceId, { name: 1 }).lean(),
  ]);
  const standardById = new Map(standards.map((s) => [String(s._id), { slug: s.slug, name: s.name }]));
  return {
    slug: publication?.slug ?? null,
    title: plan.title,
    description: roadmap.description ?? '',
    startYear: plan.startYear,
    endYear: plan.endYear,
    vision: paragraphsOf(plan.vision),
    lanes: plan.lanes.map((lane) => ({ id: lane.id, title: lane.title })),
    items: plan.items.map((item) => ({
      id: item.id,
      title: item.title,
      laneId: item.laneId,
      startYear: item.startYear,
      endYear: item.endYear,
      status: item.status,
      standards: item.standardIds.flatMap((id) => {
        const standard = standardById.get(id);
        return standard ? [standard] : [];
      }),
    })),
    milestones: plan.milestones.map((m) => ({ id: m.id, title: m.title, date: m.date })),
    taskforceName: taskforce?.name ?? null,
    versionName: plan.versionName,
    publishedAt: publication?.publishedAt ?? null,
    updatedAt: plan.updatedAt,
    isDemo: publication?.isDemo ?? false,
  };
}

/** The public projection of a quick win: its progress per municipality, no people, no benefit log. */
export async function publicQuickWinOf(models: Models, publication: PublicationRecord) {
  const initiative = await models.Initiative.findById(publication.subjectId).lean();
  if (!initiative) return null;
  const codes = initiative.participants.map((p) => p.municipalityId);
  const municipalities = codes.length
    ? await models.Municipality.find({ _id: { $in: codes } }, { name: 1 }).lean()
    : [];
  const names = new Map(municipalities.map((m) => [m._id, m.name]));
  const participants = initiative.participants
    .map((p) => ({
      municipalityCode: p.municipalityId,
      municipalityName: names.get(p.municipalityId) ?? p.municipalityId,
      status: p.status,
      liveOn: p.liveOn,
    }))
    .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl'));
  return {
    slug: publication.slug,
    title: initiative.title,
    description: initiative.description ?? '',
    status: initiative.status,
    deadline: initiative.deadline,
    participantCount: participants.filter((p) => p.status !== 'WITHDRAWN').length,
    liveCount: participants.filter((p) => p.status === 'LIVE').length,
    participants,
    sources: initiative.sources.map((s) => ({ url: s.url, title: s.title, date: s.date })),
    demoNote: initiative.demoNote ?? null,
    publishedAt: publication.publishedAt,
    isDemo: publication.isDemo,
  };
}

/** The public projection of a knowledge page: title and text only. */
export async function publicPageOf(models: Models, publication: PublicationRecord) {
  const page = await models.Page.findById(publication.subjectId, {
    title: 1,
    bodyText: 1,
    updatedAt: 1,
  }).lean();
  if (!page) return null;
  return {
    slug: publication.slug,
    title: page.title,
    paragraphs: paragraphsOf(page.bodyText),
    updatedAt: page.updatedAt,
    publishedAt: publication.publishedAt,
    isDemo: publication.isDemo,
  };
}

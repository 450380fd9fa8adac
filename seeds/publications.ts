import type { Models } from '../server/db/models';
import { DEMO_TASKFORCE } from './demoAccounts';

/** The demo roadmap the seeds publish, and where: `/openbaar/roadmaps/common-ground-2025-2034`. */
export const DEMO_PUBLICATION = {
  title: 'Common Ground 2025–2034',
  slug: 'common-ground-2025-2034',
} as const;

/**
 * Publishes the demo roadmap live, labelled demo, so `/openbaar` shows what a council member would
 * read. Idempotent, and an unpublished demo stays unpublished only until the next seed run.
 */
export async function seedPublication(models: Models): Promise<number> {
  const taskforce = await models.Taskforce.findOne({ name: DEMO_TASKFORCE }, { _id: 1 }).lean();
  if (!taskforce) return 0;
  const roadmap = await models.Roadmap.findOne(
    { taskforceId: taskforce._id, title: DEMO_PUBLICATION.title },
    { _id: 1 },
  ).lean();
  if (!roadmap) return 0;
  const existing = await models.Publication.exists({ kind: 'ROADMAP', subjectId: roadmap._id });
  if (existing) return 1;
  const slugTaken = await models.Publication.exists({ kind: 'ROADMAP', slug: DEMO_PUBLICATION.slug });
  if (slugTaken) return 0;
  await models.Publication.create({
    kind: 'ROADMAP',
    subjectId: roadmap._id,
    slug: DEMO_PUBLICATION.slug,
    versionId: null,
    publishedById: null,
    publishedAt: new Date(),
    isDemo: true,
  });
  return 1;
}

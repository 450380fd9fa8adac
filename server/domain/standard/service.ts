import type { QueryFilter } from 'mongoose';
import { z } from 'zod';
import { isoDate } from '../../../common/validation';
import { lifecycleMove, MAX_LINKS, standardLink } from '../../../common/standards';
import { assertCan, assertCanReadPublic } from '../../auth/can';
import { recordChange } from '../change';
import {
  COMPLIANCE_LEVELS,
  LIFECYCLES,
  STANDARD_CATEGORIES,
  STANDARDS_VERSION,
  standardSearchText,
  type StandardRecord,
} from '../../db/models/Standard';
import { badUserInput, conflict, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { containsText } from '../../db/textMatch';
import { searchIndexChanged } from '../search/events';
import { notifySubscribers } from '../notification/service';
import { mailLifecycle, mailNewVersion, mailStandardDeadline } from '../mail/standardMail';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { parseInput, parseObjectId } from '../validation';
import { isDuplicateKey } from '../../db/duplicateKey';
import { ReviewTaskStore } from '../../db/stores/reviewTaskStore';

const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullish();

const standardFields = {
  slug: z
    .string()
    .max(100, 'must be at most 100 characters')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. zaken-api'),
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  category: z.enum(STANDARD_CATEGORIES),
  summary: optionalText(5000),
  lifecycle: z.enum(LIFECYCLES),
  owner: optionalText(200),
  // Only web links: a `javascript:` or `data:` URL would run when someone follows the link.
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(500, 'must be at most 500 characters')
    .nullish(),
  complianceLevel: z.enum(COMPLIANCE_LEVELS).nullish(),
  establishedOn: isoDate.nullish(),
  complianceDeadline: isoDate.nullish(),
  links: z.array(standardLink).max(MAX_LINKS, `at most ${MAX_LINKS} links`).nullish(),
};
const createInput = z.object(standardFields);
const updateInput = z.object({ id: z.string() }).extend(
  Object.fromEntries(Object.entries(standardFields).map(([k, v]) => [k, v.nullish()])) as {
    [K in keyof typeof standardFields]: z.ZodOptional<z.ZodNullable<(typeof standardFields)[K]>>;
  },
);

/** Arguments of the `standards` query. */
export interface StandardListArgs extends PageArgs {
  category?: StandardRecord['category'] | null;
  lifecycle?: StandardRecord['lifecycle'] | null;
  search?: string | null;
}

/** A page of standards by name; public. */
export async function listStandards(ctx: RequestContext, args: StandardListArgs) {
  assertCanReadPublic(ctx.viewer, 'standard:read');
  const filter: QueryFilter<StandardRecord> = {};
  if (args.category) filter.category = args.category;
  if (args.lifecycle) filter.lifecycle = args.lifecycle;
  if (args.search) {
    if (args.search.length > 100) throw badUserInput('search', 'must be at most 100 characters');
    filter.searchText = containsText(args.search);
  }
  const key = `standards:${JSON.stringify([filter, args.first ?? null, args.after ?? null])}`;
  return ctx.runtime.cache.get(await ctx.loaders.dataVersions(), [STANDARDS_VERSION], key, () =>
    pageOfQuery<StandardRecord>(ctx.runtime.models.Standard, filter, { name: 1, _id: 1 }, args),
  );
}

/** One standard by id or slug, or null. */
export async function getStandard(ctx: RequestContext, args: { id?: string | null; slug?: string | null }) {
  assertCanReadPublic(ctx.viewer, 'standard:read');
  if (args.id) return ctx.loaders.standardById.load(parseObjectId('id', args.id));
  if (args.slug) {
    if (args.slug.length > 100) throw badUserInput('slug', 'is too long');
    return ctx.runtime.models.Standard.findOne({ slug: args.slug }).lean<StandardRecord>().exec();
  }
  throw badUserInput('id', 'give an id or a slug');
}

const slugTaken = (slug: string) => conflict(`The slug "${slug}" is already in use.`);

async function assertSlugFree(ctx: RequestContext, slug: string, exceptId?: string) {
  const existing = await ctx.runtime.models.Standard.findOne({ slug }, { _id: 1 }).lean().exec();
  if (existing && String(existing._id) !== exceptId) throw slugTaken(slug);
}

/** Admins add a standard to the catalogue; a taken slug is CONFLICT. */
export async function createStandard(ctx: RequestContext, args: z.input<typeof createInput>) {
  const viewer = assertCan(ctx.viewer, 'standard:edit');
  const input = parseInput(createInput, args);
  await assertSlugFree(ctx, input.slug);
  const fields = {
    ...input,
    summary: input.summary ?? '',
    links: input.links ?? [],
    searchText: standardSearchText(input),
  };
  let standard;
  try {
    standard = (await ctx.runtime.models.Standard.create(fields)).toObject() as StandardRecord;
  } catch (error) {
    if (isDuplicateKey(error)) throw slugTaken(input.slug);
    throw error;
  }
  await recordChange(ctx, viewer, {
    action: 'standard:create',
    subjectType: 'Standard',
    subjectId: String(standard._id),
    after: input,
    events: [searchIndexChanged('STANDARD', [String(standard._id)])],
  });
  return { standard };
}

/** Admins change a standard; a new compliance deadline notifies its subscribers. */
export async function updateStandard(ctx: RequestContext, args: z.input<typeof updateInput>) {
  const viewer = assertCan(ctx.viewer, 'standard:edit');
  const { id, ...changes } = parseInput(updateInput, args);
  const standardId = parseObjectId('id', id);
  const { models } = ctx.runtime;
  const before = await models.Standard.findById(standardId).lean<StandardRecord>().exec();
  if (!before) throw notFound('Standard');
  if (changes.slug && changes.slug !== before.slug) await assertSlugFree(ctx, changes.slug, id);
  const set: Record<string, unknown> = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  if (set.name === null || set.slug === null || set.category === null || set.lifecycle === null) {
    throw badUserInput('input', 'name, slug, category and lifecycle cannot be cleared');
  }
  if (changes.lifecycle) {
    const move = lifecycleMove(before.lifecycle, changes.lifecycle);
    if (move === 'back' || move === 'skip') {
      throw badUserInput(
        'lifecycle',
        move === 'back'
          ? 'moving back needs a reason: use changeStandardLifecycle'
          : 'moves forward one stage at a time',
      );
    }
  }
  if (set.links === null) set.links = [];
  const merged = { ...before, ...set } as StandardRecord;
  set.searchText = standardSearchText(merged);
  if (set.summary === null) set.summary = '';
  let standard;
  try {
    standard = await models.Standard.findByIdAndUpdate(standardId, { $set: set }, { returnDocument: 'after' })
      .lean<StandardRecord>()
      .exec();
  } catch (error) {
    if (isDuplicateKey(error)) throw slugTaken(String(set.slug));
    throw error;
  }
  if (!standard) throw notFound('Standard');
  await recordChange(ctx, viewer, {
    action: 'standard:update',
    subjectType: 'Standard',
    subjectId: id,
    before: Object.fromEntries(
      Object.keys(changes).map((k) => [k, before[k as keyof StandardRecord] ?? null]),
    ),
    after: changes,
    events: [searchIndexChanged('STANDARD', [id])],
  });
  if (changes.lifecycle && changes.lifecycle !== before.lifecycle) await mailLifecycle(ctx.runtime, standard);
  if ('complianceDeadline' in changes && (changes.complianceDeadline ?? null) !== before.complianceDeadline) {
    const { users } = await notifySubscribers(ctx.runtime, {
      standardId,
      kind: 'STANDARD_DEADLINE',
      message: changes.complianceDeadline
        ? `De deadline van ${standard.name} is nu ${changes.complianceDeadline}.`
        : `De deadline van ${standard.name} is vervallen.`,
    });
    await mailStandardDeadline(ctx.runtime, standard, users);
  }
  return { standard };
}

const versionInput = z.object({
  standardId: z.string(),
  number: z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters'),
  date: isoDate,
  changes: z.string().trim().max(5000, 'must be at most 5000 characters'),
});

/**
 * Admins publish a version: appended to the standard, every subscribed municipality's users are
 * notified, those municipalities' adoption records need review against this version, and each of
 * them gets an open review task (with or without a record) until its editor confirms or reports.
 */
export async function publishStandardVersion(ctx: RequestContext, args: z.input<typeof versionInput>) {
  const viewer = assertCan(ctx.viewer, 'standard:edit');
  const input = parseInput(versionInput, args);
  const standardId = parseObjectId('standardId', input.standardId);
  const { models } = ctx.runtime;
  const version = { number: input.number, date: input.date, changes: input.changes };
  const outcome = await ctx.runtime.stores.standards.change(standardId, (current) => {
    // `versions` is missing on standards seeded without any (see the feed query).
    if ((current.versions ?? []).some((v) => v.number === input.number)) {
      throw conflict(`Version ${input.number} already exists.`);
    }
    return { $push: { versions: version } };
  });
  if (outcome.status === 'notFound') throw notFound('Standard');
  if (outcome.status === 'conflict') throw conflict('The standard was changed at the same time; try again.');
  const standard = outcome.after;
  const { municipalityIds, users } = await notifySubscribers(ctx.runtime, {
    standardId,
    kind: 'STANDARD_VERSION',
    message: `${standard.name} heeft een nieuwe versie: ${input.number} (${input.date}).`,
  });
  await ctx.runtime.adoptions.requestReview(standardId, municipalityIds, input.number);
  // Also where a municipality has no adoption record yet, which the line above cannot mark.
  await new ReviewTaskStore(models).open(standardId, municipalityIds, input.number, ctx.runtime.now());
  await recordChange(ctx, viewer, {
    action: 'standard:publishVersion',
    subjectType: 'Standard',
    subjectId: String(standardId),
    after: { version, notifiedMunicipalities: municipalityIds },
  });
  await mailNewVersion(ctx.runtime, standard, input, users);
  return { standard };
}

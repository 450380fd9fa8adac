import { z } from 'zod';
import { cbsCode, objectId, title } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import type { Viewer } from '../../auth/viewer';
import type { CooperationRecord } from '../../db/models/Cooperation';
import { isDuplicateKey } from '../../db/duplicateKey';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { badUserInput, conflict, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseCbsCode, parseInput, parseObjectId } from '../validation';

const createInput = z.object({ name: title, memberIds: z.array(cbsCode).max(400).nullish() });
const updateInput = z.object({ id: objectId, name: title });

const nameTaken = (name: string) => conflict(`A cooperation named "${name}" already exists.`);

async function existingMunicipalities(ctx: RequestContext, ids: readonly string[], field: string) {
  const found = await ctx.loaders.municipalityById.loadMany(ids);
  const missing = ids.findIndex((_, index) => !found[index] || found[index] instanceof Error);
  if (missing >= 0) throw badUserInput(field, `${ids[missing]} does not exist`);
}

/** Admins set up a cooperation (samenwerkingsverband) with its first members. */
export async function createCooperation(ctx: RequestContext, args: z.input<typeof createInput>) {
  const viewer = assertCan(ctx.viewer, 'cooperation:manage');
  const input = parseInput(createInput, args);
  const memberIds = [...new Set(input.memberIds ?? [])];
  await existingMunicipalities(ctx, memberIds, 'memberIds');
  let cooperation: CooperationRecord;
  try {
    cooperation = (
      await ctx.runtime.models.Cooperation.create({ name: input.name, memberIds })
    ).toObject() as CooperationRecord;
  } catch (error) {
    if (isDuplicateKey(error)) throw nameTaken(input.name);
    throw error;
  }
  await recordChange(ctx, viewer, {
    action: 'cooperation:create',
    subjectType: 'Cooperation',
    subjectId: String(cooperation._id),
    after: { name: input.name, memberIds },
  });
  return cooperation;
}

/** Admins rename a cooperation. */
export async function updateCooperation(ctx: RequestContext, args: z.input<typeof updateInput>) {
  const viewer = assertCan(ctx.viewer, 'cooperation:manage');
  const input = parseInput(updateInput, args);
  let before: CooperationRecord | null;
  try {
    before = await ctx.runtime.models.Cooperation.findByIdAndUpdate(input.id, {
      $set: { name: input.name },
    }).lean<CooperationRecord>();
  } catch (error) {
    if (isDuplicateKey(error)) throw nameTaken(input.name);
    throw error;
  }
  if (!before) throw notFound('Cooperation');
  await recordChange(ctx, viewer, {
    action: 'cooperation:update',
    subjectType: 'Cooperation',
    subjectId: input.id,
    before: { name: before.name },
    after: { name: input.name },
  });
  return { ...before, name: input.name };
}

/** Admins add or remove a member municipality. */
export async function changeCooperationMember(
  ctx: RequestContext,
  args: { cooperationId: string; municipalityId: string },
  change: 'add' | 'remove',
) {
  const viewer = assertCan(ctx.viewer, 'cooperation:manage');
  const cooperationId = parseObjectId('cooperationId', args.cooperationId);
  const municipalityId = parseCbsCode('municipalityId', args.municipalityId);
  if (change === 'add') await existingMunicipalities(ctx, [municipalityId], 'municipalityId');
  const update =
    change === 'add'
      ? { $addToSet: { memberIds: municipalityId } }
      : { $pull: { memberIds: municipalityId } };
  const cooperation = await ctx.runtime.models.Cooperation.findByIdAndUpdate(cooperationId, update, {
    returnDocument: 'after',
  }).lean<CooperationRecord>();
  if (!cooperation) throw notFound('Cooperation');
  await recordChange(ctx, viewer, {
    action: change === 'add' ? 'cooperation:addMember' : 'cooperation:removeMember',
    subjectType: 'Cooperation',
    subjectId: args.cooperationId,
    after: { municipalityId },
  });
  return cooperation;
}

/**
 * The cooperation on whose behalf `viewer` reports for `municipalityId`: their cooperation when the
 * municipality is one of its members and not their own; null when they report for themselves.
 */
export function reportingCooperation(viewer: Viewer, municipalityId: string): string | null {
  if (viewer.municipalityId === municipalityId) return null;
  // The viewer was built this request from the user and their cooperation: no need to read them again.
  return viewer.cooperationId && viewer.editableMunicipalityIds.includes(municipalityId)
    ? viewer.cooperationId
    : null;
}

/** Cooperations by name, a page at a time: the admin list, which grows with every one set up. */
export function cooperationPage(ctx: RequestContext, args: PageArgs) {
  return pageOfQuery<CooperationRecord>(ctx.runtime.models.Cooperation, {}, { name: 1, _id: 1 }, args);
}

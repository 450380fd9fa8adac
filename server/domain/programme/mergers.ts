import { z } from 'zod';
import { cbsCode, isoDate } from '../../../common/validation';
import type { MergerRecord } from '../../db/models/Merger';
import { badUserInput, notFound } from '../../errors';
import { assertCan } from '../../auth/can';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';
import { todayOf } from './state';

const recordMergerInput = z.object({
  effectiveDate: isoDate,
  endedIds: z.array(cbsCode).min(1, 'name at least one municipality that ends').max(20),
  successorId: cbsCode,
});

/** Input of `recordMerger`. */
export type RecordMergerArgs = z.input<typeof recordMergerInput>;

/**
 * Records a merger (admins): each ended municipality gets `validUntil` = the effective date and
 * points to the successor, keeps its records as history and takes no new reports; one Merger record
 * per ended municipality. A merger takes effect on a date already reached: Koers reads "ended" as
 * `validUntil` set, so a future date would end the municipality too early.
 */
export async function recordMerger(ctx: RequestContext, args: RecordMergerArgs): Promise<MergerRecord[]> {
  const viewer = assertCan(ctx.viewer, 'municipality:merge');
  const input = parseInput(recordMergerInput, args);
  if (input.effectiveDate > todayOf(ctx.runtime.now())) {
    throw badUserInput('effectiveDate', 'must not be in the future');
  }
  const endedIds = [...new Set(input.endedIds)];
  if (endedIds.includes(input.successorId)) {
    throw badUserInput('successorId', 'must not be one of the ended municipalities');
  }
  const [successor, ...ended] = await Promise.all(
    [input.successorId, ...endedIds].map((id) => ctx.loaders.municipalityById.load(id)),
  );
  if (!successor) throw notFound('Municipality');
  if (successor.validUntil) throw badUserInput('successorId', 'has ended itself');
  for (const [index, municipality] of ended.entries()) {
    if (!municipality) throw badUserInput(`endedIds.${index}`, 'is not a known municipality');
    if (municipality.validUntil) throw badUserInput(`endedIds.${index}`, 'has already ended');
  }
  const { models } = ctx.runtime;
  await models.Municipality.updateMany(
    { _id: { $in: endedIds } },
    { $set: { validUntil: input.effectiveDate, mergedInto: successor._id } },
  );
  // The loader read them before the write; the answer must show them ended.
  for (const municipality of ended) {
    ctx.loaders.municipalityById.clear(municipality!._id).prime(municipality!._id, {
      ...municipality!,
      validUntil: input.effectiveDate,
      mergedInto: successor._id,
    });
  }
  const records = await models.Merger.insertMany(
    endedIds.map((endedId) => ({
      effectiveDate: input.effectiveDate,
      endedId,
      successorId: successor._id,
      transition: 'FULL' as const,
      recordedByUserId: viewer.id,
    })),
  );
  await recordChange(ctx, viewer, {
    action: 'municipality:merge',
    subjectType: 'Municipality',
    subjectId: successor._id,
    before: null,
    after: { effectiveDate: input.effectiveDate, endedIds, successorId: successor._id },
  });
  return records.map((r) => r.toObject() as MergerRecord);
}

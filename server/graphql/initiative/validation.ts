import { z } from 'zod';
import { INITIATIVE_STATUSES, ROLLOUT_STATUSES } from '../../db/models/Initiative';
import { badUserInput } from '../../errors';
import { isIsoDate } from '../scalars';

/** A MongoDB ObjectId as 24 hex characters. */
export const objectId = z.string().regex(/^[0-9a-f]{24}$/i, 'is not a valid id');
/** A CBS municipality code such as GM0344. */
export const cbsCode = z.string().regex(/^GM\d{4}$/, 'must be a CBS code like GM0344');
const isoDate = z.string().refine(isIsoDate, 'must be a real date as YYYY-MM-DD');
const figure = z.number().finite().min(0, 'must be 0 or more').max(1e12, 'is too large').nullish();

const benefit = z
  .object({
    hoursPerYear: figure,
    eurosPerYear: figure,
    citizensReached: z.number().int().min(0, 'must be 0 or more').max(100_000_000).nullish(),
  })
  .strict();

const title = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(200, 'must be at most 200 characters');
const description = z.string().max(10_000, 'must be at most 10000 characters');
const ids = <T extends z.ZodType>(item: T) => z.array(item).max(400, 'has too many entries');

/** Input of `createInitiative`. */
export const createInitiativeInput = z.object({
  title,
  deadline: isoDate,
  description: description.nullish(),
  municipalityIds: ids(cbsCode).nullish(),
  standardIds: ids(objectId).nullish(),
  roadmapItemIds: ids(z.string().min(1).max(100)).nullish(),
  ownerTaskforceId: objectId.nullish(),
  expectedBenefit: benefit.nullish(),
});

/** Input of `updateInitiative`. */
export const updateInitiativeInput = z.object({
  id: objectId,
  title: title.nullish(),
  description: description.nullish(),
  deadline: isoDate.nullish(),
  standardIds: ids(objectId).nullish(),
  roadmapItemIds: ids(z.string().min(1).max(100)).nullish(),
  ownerTaskforceId: objectId.nullish(),
  expectedBenefit: benefit.nullish(),
  addMunicipalityIds: ids(cbsCode).nullish(),
  removeMunicipalityIds: ids(cbsCode).nullish(),
});

/** Input of `updateInitiativeStatus`. */
export const updateStatusInput = z.object({
  id: objectId,
  status: z.enum(INITIATIVE_STATUSES),
  reason: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
});

/** Input of `updateRollout`. */
export const updateRolloutInput = z.object({
  initiativeId: objectId,
  municipalityId: cbsCode,
  status: z.enum(ROLLOUT_STATUSES),
  startedOn: isoDate.nullish(),
  liveOn: isoDate.nullish(),
});

/** Input of `recordRealisedBenefit`. */
export const recordBenefitInput = z
  .object({
    initiativeId: objectId,
    date: isoDate.nullish(),
    hoursPerYear: figure,
    eurosPerYear: figure,
    citizensReached: z.number().int().min(0, 'must be 0 or more').max(100_000_000).nullish(),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
  })
  .refine((v) => v.hoursPerYear != null || v.eurosPerYear != null || v.citizensReached != null, {
    message: 'give at least one figure',
    path: ['hoursPerYear'],
  });

/**
 * Parses with zod; the first problem becomes BAD_USER_INPUT naming its input path
 * (`standardIds.0`, `expectedBenefit.hoursPerYear`) so a form can point at the field.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : 'input';
  throw badUserInput(field, issue?.message ?? 'is invalid');
}

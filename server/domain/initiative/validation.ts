import { z } from 'zod';
import {
  cbsCode,
  isoDate,
  MAX_DESCRIPTION_LENGTH,
  MAX_REASON_LENGTH,
  MAX_TITLE_LENGTH,
  objectId,
} from '../../../common/validation';
import { INITIATIVE_STATUSES, ROLLOUT_STATUSES } from '../../db/models/Initiative';
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
  .max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`);
const description = z
  .string()
  .max(MAX_DESCRIPTION_LENGTH, `must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
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
  reason: z
    .string()
    .trim()
    .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`)
    .nullish(),
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
    note: z
      .string()
      .trim()
      .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`)
      .nullish(),
  })
  .refine((v) => v.hoursPerYear != null || v.eurosPerYear != null || v.citizensReached != null, {
    message: 'give at least one figure',
    path: ['hoursPerYear'],
  });

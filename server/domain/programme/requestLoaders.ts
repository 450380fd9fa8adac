import type { CooperationRecord } from '../../db/models/Cooperation';
import type { MergerRecord } from '../../db/models/Merger';
import type { ObligationRecord } from '../../db/models/Obligation';
import type { ProgrammeRecord } from '../../db/models/Programme';
import type { RequestContext } from '../context';
import { byIdLoader, groupLoader, type Loaders } from '../loaders';

function create(ctx: RequestContext) {
  const { models } = ctx.runtime;
  let cooperations: Promise<CooperationRecord[]> | undefined;
  return {
    programmeById: byIdLoader<ProgrammeRecord>(models.Programme),
    obligationById: byIdLoader<ObligationRecord>(models.Obligation),
    mergersByEndedId: groupLoader<MergerRecord>(models.Merger, 'endedId'),
    mergersBySuccessorId: groupLoader<MergerRecord>(models.Merger, 'successorId'),
    /** Every cooperation, once per request. */
    allCooperations: () =>
      (cooperations ??= models.Cooperation.find().sort({ name: 1 }).lean<CooperationRecord[]>().exec()),
  };
}

/** The programme domain's loaders of one request. */
export type ProgrammeLoaders = ReturnType<typeof create>;

const perRequest = new WeakMap<Loaders, ProgrammeLoaders>();

/**
 * The programme domain's loaders, made once per request and tied to that request's loaders, so
 * they share its lifetime (never a cache across viewers) without widening the common loader set.
 */
export function programmeLoaders(ctx: RequestContext): ProgrammeLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = create(ctx)));
  return loaders;
}

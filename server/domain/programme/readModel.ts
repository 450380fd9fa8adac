import { MUNICIPALITIES_VERSION } from '../../db/models/Municipality';
import { PROGRAMMES_VERSION, type ProgrammeRecord } from '../../db/models/Programme';
import type { ObligationRecord } from '../../db/models/Obligation';
import type { RequestContext } from '../context';
import { programmeLoaders } from './requestLoaders';
import type { CooperationMembers } from './state';

/** Programmes and their obligations, as one in-memory snapshot. */
export interface ProgrammeData {
  programmes: ProgrammeRecord[];
  obligations: ObligationRecord[];
  /** Obligations per programme id, in order. */
  obligationsByProgramme: ReadonlyMap<string, ObligationRecord[]>;
}

/** A current municipality as the dashboards need it. */
export interface CurrentMunicipality {
  _id: string;
  name: string;
  provinceCode: string;
  province: string;
  population: number | null;
}

/**
 * Every programme and obligation, read once and kept while the `programmes` version holds (a
 * handful of programmes, about a hundred obligations): scorecards and dashboards never query them
 * per row.
 */
export async function programmeData(ctx: RequestContext): Promise<ProgrammeData> {
  const { models, cache } = ctx.runtime;
  return cache.get(await ctx.loaders.dataVersions(), [PROGRAMMES_VERSION], 'programmeData', async () => {
    const [programmes, obligations] = await Promise.all([
      models.Programme.find().sort({ position: 1, name: 1 }).lean<ProgrammeRecord[]>().exec(),
      models.Obligation.find().sort({ position: 1, _id: 1 }).lean<ObligationRecord[]>().exec(),
    ]);
    const obligationsByProgramme = new Map<string, ObligationRecord[]>();
    for (const obligation of obligations) {
      const key = String(obligation.programmeId);
      obligationsByProgramme.set(key, [...(obligationsByProgramme.get(key) ?? []), obligation]);
    }
    return { programmes, obligations, obligationsByProgramme };
  });
}

/** The current municipalities with name, province and population, kept while the municipalities hold. */
export async function currentMunicipalitiesWithPopulation(
  ctx: RequestContext,
): Promise<CurrentMunicipality[]> {
  const { models, cache } = ctx.runtime;
  return cache.get(await ctx.loaders.dataVersions(), [MUNICIPALITIES_VERSION], 'currentWithPopulation', () =>
    models.Municipality.find(
      { validUntil: null },
      { _id: 1, name: 1, provinceCode: 1, province: 1, population: 1 },
    )
      .sort({ searchName: 1 })
      .lean<CurrentMunicipality[]>()
      .exec(),
  );
}

/** Cooperation members per cooperation id (fourteen-odd small records), once per request. */
export async function cooperationMembers(ctx: RequestContext): Promise<CooperationMembers> {
  const cooperations = await programmeLoaders(ctx).allCooperations();
  return new Map(cooperations.map((c) => [String(c._id), new Set(c.memberIds)]));
}

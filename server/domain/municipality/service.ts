import type { MunicipalityRecord } from '../../db/models/Municipality';
import { badUserInput } from '../../errors';
import type { RequestContext } from '../context';
import { pageOfList, type PageArgs } from '../../db/pagination';

/** Arguments of the `municipalities` query. */
export interface MunicipalityListArgs extends PageArgs {
  province?: string | null;
  search?: string | null;
  includeEnded?: boolean | null;
}

/**
 * A page of municipalities in name order, filtered by province and part of the name. Filtered in
 * memory from the request's copy of all municipalities (a few hundred): FerretDB would read and
 * parse every record for the same answer.
 */
export async function listMunicipalities(ctx: RequestContext, args: MunicipalityListArgs) {
  if (args.province && args.province.length > 100) throw badUserInput('province', 'is too long');
  if (args.search && args.search.length > 100) throw badUserInput('search', 'must be at most 100 characters');
  const search = args.search?.trim().toLocaleLowerCase('nl');
  const matches = [...(await ctx.loaders.municipalities()).values()].filter(
    (m) =>
      (!args.province || m.provinceCode === args.province || m.province === args.province) &&
      (!search || m.searchName.includes(search)) &&
      (args.includeEnded || m.validUntil === null || m.validUntil === undefined),
  );
  // The order the database gave: by search name, then by CBS code.
  matches.sort((a, b) => compare(a.searchName, b.searchName) || compare(a._id, b._id));
  return pageOfList(matches, args);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The twelve provinces with their number of current municipalities. */
export async function listProvinces(ctx: RequestContext) {
  const provinces = new Map<string, { code: string; name: string; municipalityCount: number }>();
  for (const m of (await ctx.loaders.municipalities()).values()) {
    if (m.validUntil !== null && m.validUntil !== undefined) continue;
    const key = `${m.provinceCode}\u0000${m.province}`;
    const province = provinces.get(key) ?? { code: m.provinceCode, name: m.province, municipalityCount: 0 };
    province.municipalityCount += 1;
    provinces.set(key, province);
  }
  return [...provinces.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The province of a municipality, with its number of current municipalities (one cached read per request). */
export async function provinceOf(
  ctx: RequestContext,
  municipality: Pick<MunicipalityRecord, 'provinceCode' | 'province'>,
) {
  const current = await ctx.loaders.currentMunicipalities();
  return {
    code: municipality.provinceCode,
    name: municipality.province,
    municipalityCount: current.filter((m) => m.provinceCode === municipality.provinceCode).length,
  };
}

/** Every cooperation (samenwerkingsverband) by name; public like the municipalities. */
export function listCooperations(ctx: RequestContext) {
  return ctx.runtime.models.Cooperation.find().sort({ name: 1 }).lean().exec();
}

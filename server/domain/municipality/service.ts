import type { QueryFilter } from 'mongoose';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import { badUserInput } from '../../errors';
import type { RequestContext } from '../context';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { containsText } from '../../db/textMatch';

/** Arguments of the `municipalities` query. */
export interface MunicipalityListArgs extends PageArgs {
  province?: string | null;
  search?: string | null;
  includeEnded?: boolean | null;
}

/** A page of municipalities in name order, filtered by province and part of the name. */
export function listMunicipalities(ctx: RequestContext, args: MunicipalityListArgs) {
  const filter: QueryFilter<MunicipalityRecord> = {};
  if (args.province) {
    if (args.province.length > 100) throw badUserInput('province', 'is too long');
    filter.$or = [{ provinceCode: args.province }, { province: args.province }];
  }
  if (args.search) {
    if (args.search.length > 100) throw badUserInput('search', 'must be at most 100 characters');
    filter.searchName = containsText(args.search);
  }
  if (!args.includeEnded) filter.validUntil = null;
  return pageOfQuery(ctx.runtime.models.Municipality, filter, { searchName: 1, _id: 1 }, args);
}

/** The twelve provinces with their number of current municipalities. */
export async function listProvinces(ctx: RequestContext) {
  const rows = await ctx.runtime.models.Municipality.aggregate<{
    _id: { code: string; name: string };
    count: number;
  }>([
    { $match: { validUntil: null } },
    { $group: { _id: { code: '$provinceCode', name: '$province' }, count: { $sum: 1 } } },
  ]);
  return rows
    .map((row) => ({ code: row._id.code, name: row._id.name, municipalityCount: row.count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
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

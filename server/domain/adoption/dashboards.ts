import type { QueryFilter } from 'mongoose';
import type { DataVersions } from '../../db/dataVersion';
import { ADOPTIONS_VERSION, type AdoptionStatus } from '../../db/models/Adoption';
import { MUNICIPALITIES_VERSION, type MunicipalityRecord } from '../../db/models/Municipality';
import { STANDARDS_VERSION } from '../../db/models/Standard';
import { badUserInput, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { loadExisting } from '../loaders';
import { parseObjectId } from '../validation';
import { keptForStandard, summarize, type SummaryCell } from './summary';
import { assertCanReadPublic } from '../../auth/can';

/** Most standards one matrix may show. */
const MAX_MATRIX_STANDARDS = 50;
/** Most points one time series may have. */
const MAX_POINTS = 400;

async function loadStandard(ctx: RequestContext, standardId: string) {
  const standard = await ctx.loaders.standardById.load(parseObjectId('standardId', standardId));
  if (!standard) throw notFound('Standard');
  return standard;
}

/** Arguments of `adoptionMatrix`. */
export interface MatrixArgs extends PageArgs {
  standardIds: string[];
  province?: string | null;
}

/**
 * One matrix row as it is cached and passed to the resolvers: plain arrays, so a page of 5,000
 * cells costs GraphQL 200 list fields, not 10,000 object fields; `cells` objects are built only
 * when a query asks for them.
 */
export interface MatrixRow {
  municipality: MunicipalityRecord;
  /** The asked standards' ids, shared by every row of a page. */
  standardIds: readonly string[];
  statuses: AdoptionStatus[];
  needsReview: boolean[];
  /** True where the cell rests on generated demo data. */
  demo: boolean[];
}

/**
 * Current municipalities × standards: one page query (+ count) of municipalities; the standards
 * and the cells come from memory (the catalogue loader, the adoption read model). The computed page is
 * cached until one of the three collections changes.
 */
export async function adoptionMatrix(ctx: RequestContext, args: MatrixArgs) {
  assertCanReadPublic(ctx.viewer, 'adoption:read');
  if (args.standardIds.length > MAX_MATRIX_STANDARDS) {
    throw badUserInput('standardIds', `at most ${MAX_MATRIX_STANDARDS} standards`);
  }
  const standardIds = args.standardIds.map((id) => String(parseObjectId('standardIds', id)));
  const filter: QueryFilter<MunicipalityRecord> = { validUntil: null };
  if (args.province) {
    if (args.province.length > 100) throw badUserInput('province', 'is too long');
    filter.$or = [{ provinceCode: args.province }, { province: args.province }];
  }
  const pageKey = JSON.stringify([filter, args.first ?? null, args.after ?? null]);
  const versions = await ctx.loaders.dataVersions();
  return ctx.runtime.cache.get(
    versions,
    [MUNICIPALITIES_VERSION, STANDARDS_VERSION, ADOPTIONS_VERSION],
    `adoptionMatrix:${pageKey}:${standardIds.join(',')}`,
    () => matrixPage(ctx, versions, filter, standardIds, pageKey, args),
  );
}

async function matrixPage(
  ctx: RequestContext,
  versions: DataVersions,
  filter: QueryFilter<MunicipalityRecord>,
  standardIds: string[],
  pageKey: string,
  args: PageArgs,
) {
  const { cache, models } = ctx.runtime;
  const [page, standards, cells] = await Promise.all([
    cache.get(versions, [MUNICIPALITIES_VERSION], `matrixMunicipalities:${pageKey}`, () =>
      pageOfQuery(models.Municipality, filter, { searchName: 1, _id: 1 }, args),
    ),
    loadExisting(ctx.loaders.standardById, standardIds),
    ctx.loaders.adoptionCells(),
  ]);
  const columns = standardIds.map((id) => cells.get(id));
  const toRow = (municipality: MunicipalityRecord): MatrixRow => {
    const statuses: AdoptionStatus[] = [];
    const needsReview: boolean[] = [];
    const demo: boolean[] = [];
    for (const column of columns) {
      const cell = column?.get(municipality._id);
      statuses.push(cell?.status ?? 'NOT_STARTED');
      needsReview.push(cell?.needsReview ?? false);
      demo.push(cell?.demo ?? false);
    }
    return { municipality, standardIds, statuses, needsReview, demo };
  };
  const rows = page.nodes.map(toRow);
  return {
    standards,
    edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: rows[i]! })),
    nodes: rows,
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

/** The cell objects of a row, for queries that ask for `cells`. */
export function matrixCells(row: MatrixRow) {
  return row.standardIds.map((standardId, i) => ({
    standardId,
    status: row.statuses[i]!,
    needsReview: row.needsReview[i]!,
  }));
}

/** Adoption of one standard per province, over current municipalities: two queries. */
export async function adoptionByProvince(ctx: RequestContext, standardId: string, includeDemo = true) {
  assertCanReadPublic(ctx.viewer, 'adoption:read');
  const standard = await loadStandard(ctx, standardId);
  const [municipalities, cells] = await Promise.all([
    ctx.loaders.currentMunicipalities(),
    ctx.loaders.adoptionCells(),
  ]);
  const ofStandard = cells.get(String(standard._id));
  const cellOf = (municipalityId: string) => ofStandard?.get(municipalityId);
  const provinces = new Map<string, { code: string; name: string; members: string[] }>();
  for (const m of municipalities) {
    const province = provinces.get(m.provinceCode) ?? { code: m.provinceCode, name: m.province, members: [] };
    province.members.push(m._id);
    provinces.set(m.provinceCode, province);
  }
  return [...provinces.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((p) => ({
      province: { code: p.code, name: p.name, municipalityCount: p.members.length },
      ...summarize(p.members, cellOf, includeDemo),
    }));
}

const MONTHS_PER_STEP = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

/** Arguments of `adoptionOverTime`. */
export interface OverTimeArgs {
  standardId: string;
  from: string;
  to: string;
  interval?: keyof typeof MONTHS_PER_STEP | null;
  includeDemo?: boolean | null;
}

/** The last day of each period from the one holding `from` on, the final one clipped to `to`. */
function periodEnds(from: string, to: string, step: number): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  // Months counted from year 0; periods sit on calendar boundaries (quarters, years).
  let month = start.getUTCFullYear() * 12 + Math.floor(start.getUTCMonth() / step) * step + step - 1;
  const points: string[] = [];
  for (;;) {
    const last = new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).toISOString().slice(0, 10);
    if (last >= to) {
      points.push(to);
      return points;
    }
    points.push(last);
    if (points.length >= MAX_POINTS) throw badUserInput('to', `at most ${MAX_POINTS} points`);
    month += step;
  }
}

/**
 * Adoption of one standard at the end of each period, replayed from the history entries: a
 * municipality's status at a date is its last history entry at or before the end of that day.
 * Counted again only when the standard's cells (every report on it moves their stamp) or the
 * municipalities changed.
 */
export async function adoptionOverTime(ctx: RequestContext, args: OverTimeArgs) {
  assertCanReadPublic(ctx.viewer, 'adoption:read');
  if (args.from > args.to) throw badUserInput('from', 'must be on or before to');
  const standard = await loadStandard(ctx, args.standardId);
  const interval = args.interval ?? 'MONTH';
  const includeDemo = args.includeDemo ?? true;
  const points = periodEnds(args.from, args.to, MONTHS_PER_STEP[interval]);
  return keptForStandard(
    ctx,
    String(standard._id),
    `adoptionOverTime:${args.from}:${args.to}:${interval}:${includeDemo}`,
    async (cells, municipalities) => {
      const population = municipalities.map((m) => m._id);
      const histories = await ctx.runtime.adoptions.historiesOf(cells);
      return points.map((date) => {
        const endOfDay = new Date(`${date}T23:59:59.999Z`).getTime();
        const cellOf = new Map<string, SummaryCell>();
        for (const { municipalityId, demo, entries } of histories) {
          const last = entries.filter((e) => new Date(e.at).getTime() <= endOfDay).at(-1);
          // A demo record counts as demo from its start: before its first entry it is no figure at all.
          if (last || demo) cellOf.set(municipalityId, { status: last?.status ?? 'NOT_STARTED', demo });
        }
        return { date, ...summarize(population, (id) => cellOf.get(id), includeDemo) };
      });
    },
  );
}

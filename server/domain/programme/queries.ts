import type { QueryFilter, Types } from 'mongoose';
import { sizeClassOf, type SizeClassId } from '../../../common/sizeClass';
import type { AdoptionRecord } from '../../db/models/Adoption';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import type { ObligationRecord } from '../../db/models/Obligation';
import type { ProgrammeRecord } from '../../db/models/Programme';
import type { AdoptionCells } from '../../db/stores/adoptionStatuses';
import { badUserInput, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { parseObjectId } from '../validation';
import {
  cooperationMembers,
  currentMunicipalitiesWithPopulation,
  programmeData,
  type CurrentMunicipality,
} from './readModel';
import { programmeLoaders } from './requestLoaders';
import {
  appliesTo,
  count,
  emptyCounts,
  obligationState,
  todayOf,
  type CooperationMembers,
  type ObligationState,
  type StateCounts,
} from './state';

/** Every programme, in their order. */
export async function listProgrammes(ctx: RequestContext): Promise<ProgrammeRecord[]> {
  return (await programmeData(ctx)).programmes;
}

/** One programme by slug, or null. */
export async function programmeBySlug(ctx: RequestContext, slug: string): Promise<ProgrammeRecord | null> {
  if (slug.length > 100) throw badUserInput('slug', 'is too long');
  return (await programmeData(ctx)).programmes.find((p) => p.slug === slug) ?? null;
}

/** The obligations of a programme, in order. */
export async function obligationsOf(
  ctx: RequestContext,
  programmeId: Types.ObjectId,
): Promise<ObligationRecord[]> {
  return (await programmeData(ctx)).obligationsByProgramme.get(String(programmeId)) ?? [];
}

/**
 * The VERPLICHT obligation on `standardId` that applies to the municipality, with its programme's
 * name: the reason an explanation is refused. Undefined when there is none.
 */
export async function mandatoryObligation(ctx: RequestContext, municipalityId: string, standardId: string) {
  const data = await programmeData(ctx);
  const candidates = data.obligations.filter(
    (o) => o.bindingLevel === 'VERPLICHT' && String(o.standardId) === standardId,
  );
  if (candidates.length === 0) return undefined;
  const members = await cooperationMembers(ctx);
  const obligation = candidates.find((o) => appliesTo(o, municipalityId, members));
  if (!obligation) return undefined;
  const programme = data.programmes.find((p) => String(p._id) === String(obligation.programmeId));
  return { obligation, programmeName: programme?.name };
}

/** Filters of a progress computation. */
export interface ProgressFilter {
  includeDemo: boolean;
  municipalityIds?: ReadonlySet<string>;
}

interface Pair {
  municipalityId: string;
  obligation: ObligationRecord;
  state: ObligationState;
  demo: boolean;
}

/** Every municipality × obligation pair in scope with its state; demo pairs are dropped when hidden. */
function pairsOf(
  obligations: readonly ObligationRecord[],
  municipalities: readonly { _id: string }[],
  cells: AdoptionCells,
  members: CooperationMembers,
  today: string,
  includeDemo: boolean,
): Pair[] {
  const pairs: Pair[] = [];
  for (const obligation of obligations) {
    if (!obligation.standardId) continue;
    const perStandard = cells.get(String(obligation.standardId));
    for (const municipality of municipalities) {
      if (!appliesTo(obligation, municipality._id, members)) continue;
      const cell = perStandard?.get(municipality._id);
      const demo = cell?.demo ?? false;
      if (demo && !includeDemo) continue;
      const state = obligationState(cell?.status ?? 'NOT_STARTED', obligation.deadline ?? null, today);
      pairs.push({ municipalityId: municipality._id, obligation, state, demo });
    }
  }
  return pairs;
}

/** "n of N met, m overdue, k explained" of one obligation over the current municipalities. */
export async function obligationProgress(
  ctx: RequestContext,
  obligation: ObligationRecord,
  includeDemo: boolean,
): Promise<StateCounts | null> {
  if (!obligation.standardId) return null;
  const [municipalities, cells, members] = await Promise.all([
    currentMunicipalitiesWithPopulation(ctx),
    ctx.loaders.adoptionCells(),
    cooperationMembers(ctx),
  ]);
  const counts = emptyCounts();
  const today = todayOf(ctx.runtime.now());
  for (const pair of pairsOf([obligation], municipalities, cells, members, today, includeDemo)) {
    count(counts, pair.state, pair.demo);
  }
  return counts;
}

/** Arguments of `programmeDashboard`. */
export interface DashboardArgs {
  slug: string;
  includeDemo?: boolean | null;
  province?: string | null;
  cooperationId?: string | null;
  sizeClass?: SizeClassId | null;
}

/** A group's progress as the dashboard presents it. */
export interface GroupProgress extends StateCounts {
  key: string;
  name: string;
  municipalityCount: number;
  partial: boolean;
}

function group(key: string, name: string, partial = false) {
  return { key, name, partial, counts: emptyCounts(), members: new Set<string>() };
}
type Group = ReturnType<typeof group>;

function present(g: Group): GroupProgress {
  return { key: g.key, name: g.name, partial: g.partial, municipalityCount: g.members.size, ...g.counts };
}

/** One municipality's standing on a programme. */
export interface MunicipalityProgress extends StateCounts {
  municipality: CurrentMunicipality;
  sizeClass: SizeClassId | null;
}

/** What `programmeDashboard` returns, before presentation. */
export type ProgrammeDashboardResult = NonNullable<Awaited<ReturnType<typeof programmeDashboard>>>;

/**
 * A programme's dashboard over current municipalities (optionally one province, cooperation or
 * size class): totals, per municipality, per province, per cooperation and per size class. One
 * pass over the pairs, from memory (programmes, municipalities, the adoption read model).
 */
export async function programmeDashboard(ctx: RequestContext, args: DashboardArgs) {
  const programme = await programmeBySlug(ctx, args.slug);
  if (!programme) return null;
  const includeDemo = args.includeDemo ?? true;
  const cooperationFilter = args.cooperationId
    ? String(parseObjectId('cooperationId', args.cooperationId))
    : null;
  const [all, cells, members, obligations, cooperations] = await Promise.all([
    currentMunicipalitiesWithPopulation(ctx),
    ctx.loaders.adoptionCells(),
    cooperationMembers(ctx),
    obligationsOf(ctx, programme._id),
    programmeLoaders(ctx).allCooperations(),
  ]);
  const municipalities = all.filter(
    (m) =>
      (!args.province || m.provinceCode === args.province || m.province === args.province) &&
      (!cooperationFilter || members.get(cooperationFilter)?.has(m._id)) &&
      (!args.sizeClass || sizeClassOf(m.population) === args.sizeClass),
  );
  const byId = new Map(municipalities.map((m) => [m._id, m]));
  const perMunicipality = new Map(municipalities.map((m) => [m._id, group(m._id, m.name)]));
  const provinces = new Map<string, Group>();
  const sizeClasses = new Map<string, Group>();
  const cooperationGroups = new Map(
    cooperations.map((c) => [String(c._id), group(String(c._id), c.name, c.memberListPartial ?? false)]),
  );
  const total = group('total', 'Totaal');
  const today = todayOf(ctx.runtime.now());
  for (const pair of pairsOf(obligations, municipalities, cells, members, today, includeDemo)) {
    const municipality = byId.get(pair.municipalityId)!;
    const size = sizeClassOf(municipality.population) ?? 'UNKNOWN';
    const targets = [
      total,
      perMunicipality.get(municipality._id)!,
      getOrAdd(provinces, municipality.provinceCode, () =>
        group(municipality.provinceCode, municipality.province),
      ),
      getOrAdd(sizeClasses, size, () => group(size, size)),
    ];
    for (const [id, memberSet] of members) {
      if (memberSet.has(municipality._id)) targets.push(cooperationGroups.get(id)!);
    }
    for (const target of targets) {
      count(target.counts, pair.state, pair.demo);
      target.members.add(municipality._id);
    }
  }
  return {
    total: present(total),
    municipalities: municipalities.map((m): MunicipalityProgress => ({
      municipality: m,
      sizeClass: sizeClassOf(m.population),
      ...perMunicipality.get(m._id)!.counts,
    })),
    provinces: [...provinces.values()].map(present).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    cooperations: [...cooperationGroups.values()].filter((g) => g.members.size > 0).map(present),
    sizeClasses: [...sizeClasses.values()].map(present),
  };
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** One row of a scorecard. */
export interface ScorecardRowResult {
  standardId: Types.ObjectId;
  adoption: AdoptionRecord | null;
  obligation: ObligationRecord | null;
  state: ObligationState | null;
  followed: boolean;
}

/** A programme's rows on a scorecard (programme null: the standards outside every obligation). */
export interface ScorecardGroupResult {
  programme: ProgrammeRecord | null;
  rows: ScorecardRowResult[];
}

/**
 * A municipality's scorecard: per programme, every standard-linked obligation that applies to it
 * with its state as of today; then every other standard it follows or reported on. An ended
 * municipality gets its records only (no obligation applies to it any more).
 */
export async function scorecard(
  ctx: RequestContext,
  municipality: MunicipalityRecord,
): Promise<ScorecardGroupResult[]> {
  const [data, adoptions, subscriptions, members] = await Promise.all([
    programmeData(ctx),
    ctx.loaders.adoptionsByMunicipalityId.load(municipality._id),
    ctx.loaders.subscriptionsByMunicipalityId.load(municipality._id),
    cooperationMembers(ctx),
  ]);
  const adoptionOf = new Map(adoptions.map((a) => [String(a.standardId), a]));
  const followed = new Set(subscriptions.map((s) => String(s.standardId)));
  const today = todayOf(ctx.runtime.now());
  const covered = new Set<string>();
  const groups: ScorecardGroupResult[] = [];
  if (!municipality.validUntil) {
    for (const programme of data.programmes) {
      const rows: ScorecardRowResult[] = [];
      for (const obligation of data.obligationsByProgramme.get(String(programme._id)) ?? []) {
        if (!obligation.standardId || !appliesTo(obligation, municipality._id, members)) continue;
        const key = String(obligation.standardId);
        const adoption = adoptionOf.get(key) ?? null;
        covered.add(key);
        rows.push({
          standardId: obligation.standardId,
          adoption,
          obligation,
          state: obligationState(adoption?.status ?? 'NOT_STARTED', obligation.deadline ?? null, today),
          followed: followed.has(key),
        });
      }
      if (rows.length > 0) groups.push({ programme, rows });
    }
  }
  const others = [...new Set([...adoptionOf.keys(), ...followed])].filter((key) => !covered.has(key));
  if (others.length > 0) {
    groups.push({
      programme: null,
      rows: others.map((key) => {
        const adoption = adoptionOf.get(key) ?? null;
        return {
          standardId:
            adoption?.standardId ?? subscriptions.find((s) => String(s.standardId) === key)!.standardId,
          adoption,
          obligation: null,
          state: null,
          followed: followed.has(key),
        };
      }),
    });
  }
  return groups;
}

/** Arguments of `explanations`. */
export interface ExplanationArgs {
  standardId?: string | null;
  programmeSlug?: string | null;
  includeDemo?: boolean | null;
}

/** The leg-uit register: EXPLAINED records of one standard, of a programme's standards, or of all. */
export async function explanations(ctx: RequestContext, args: ExplanationArgs): Promise<AdoptionRecord[]> {
  const filter: QueryFilter<AdoptionRecord> = { status: 'EXPLAINED' };
  if (args.standardId) filter.standardId = parseObjectId('standardId', args.standardId);
  else if (args.programmeSlug) {
    const programme = await programmeBySlug(ctx, args.programmeSlug);
    if (!programme) throw notFound('Programme');
    const obligations = await obligationsOf(ctx, programme._id);
    filter.standardId = { $in: obligations.flatMap((o) => (o.standardId ? [o.standardId] : [])) };
  }
  const records = await ctx.runtime.models.Adoption.find(filter)
    .sort({ municipalityId: 1 })
    .lean<AdoptionRecord[]>()
    .exec();
  return args.includeDemo === false ? records.filter((r) => !r.demo) : records;
}

import { assertCan } from '../../auth/can';
import type { BenefitFigures, InitiativeRecord, RealisedBenefitRecord } from '../../db/models/Initiative';
import { INITIATIVE_STATUSES } from '../../db/models/Initiative';
import type { RequestContext } from '../context';
import { initiativeFilter, today } from './queries';
import { isOverdue } from './workflow';

/** Fields the dashboard needs; the rest of each initiative is not read. */
const PROJECTION = { title: 1, status: 1, deadline: 1, expectedBenefit: 1, realisedBenefits: 1 } as const;

type DashboardRow = Pick<
  InitiativeRecord,
  '_id' | 'title' | 'status' | 'deadline' | 'expectedBenefit' | 'realisedBenefits'
>;

/** The measurement with the latest date (the latest recorded on a tie), or null. */
export function latestBenefit(log: RealisedBenefitRecord[]): RealisedBenefitRecord | null {
  let latest: RealisedBenefitRecord | null = null;
  for (const entry of log) if (!latest || entry.date >= latest.date) latest = entry;
  return latest;
}

/** Adds `days` to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Computes the dashboard from ONE database read (a projected `find` over the matching
 * initiatives): FerretDB has no `$facet`, and grouping by status plus "latest log entry" in one
 * pipeline is not worth it for a few hundred initiatives. Realised benefit = latest log entry per
 * initiative (see the SDL).
 */
export function computeDashboard(rows: DashboardRow[], todayDate: string) {
  const counts = new Map<string, number>(INITIATIVE_STATUSES.map((s) => [s, 0]));
  const sum = { eh: 0, rh: 0, ee: 0, re: 0, ec: 0, rc: 0 };
  let overdueCount = 0;
  const horizon = addDays(todayDate, 90);
  const upcoming: DashboardRow[] = [];
  for (const row of rows) {
    counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    if (isOverdue(row.status, row.deadline, todayDate)) overdueCount++;
    const open = row.status !== 'DELIVERED' && row.status !== 'STOPPED';
    if (open && row.deadline >= todayDate && row.deadline <= horizon) upcoming.push(row);
    const expected: Partial<BenefitFigures> = row.expectedBenefit ?? {};
    sum.eh += expected.hoursPerYear ?? 0;
    sum.ee += expected.eurosPerYear ?? 0;
    sum.ec += expected.citizensReached ?? 0;
    const realised = latestBenefit(row.realisedBenefits ?? []);
    sum.rh += realised?.hoursPerYear ?? 0;
    sum.re += realised?.eurosPerYear ?? 0;
    sum.rc += realised?.citizensReached ?? 0;
  }
  upcoming.sort((a, b) => a.deadline.localeCompare(b.deadline) || String(a._id).localeCompare(String(b._id)));
  return {
    total: rows.length,
    byStatus: INITIATIVE_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    overdueCount,
    benefit: {
      expectedHoursPerYear: sum.eh,
      realisedHoursPerYear: sum.rh,
      expectedEurosPerYear: sum.ee,
      realisedEurosPerYear: sum.re,
      expectedCitizensReached: sum.ec,
      realisedCitizensReached: sum.rc,
    },
    deadlinesNext90Days: upcoming.map((row) => ({
      id: String(row._id),
      title: row.title,
      deadline: row.deadline,
      status: row.status,
    })),
  };
}

/** `initiativeDashboard(filter)`: every signed-in user may read it. */
export async function initiativeDashboard(
  ctx: RequestContext,
  filter: { standardId?: string | null; municipalityId?: string | null } | null | undefined,
) {
  assertCan(ctx.viewer, 'initiative:read');
  const rows = await ctx.runtime.models.Initiative.find(
    initiativeFilter(ctx.runtime, filter ?? {}),
    PROJECTION,
  )
    .lean<DashboardRow[]>()
    .exec();
  return computeDashboard(rows, today(ctx.runtime));
}

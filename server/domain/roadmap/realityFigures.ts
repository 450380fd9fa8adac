import type { AdoptionCells } from '../../db/stores/adoptionStatuses';
import type { ObligationRecord } from '../../db/models/Obligation';
import type { ParticipantRecord } from '../../db/models/Initiative';
import { appliesTo, obligationState, type CooperationMembers } from '../programme/state';

/**
 * The arithmetic of plan versus reality, apart from where the data comes from (reality.ts), so it
 * can be tested without a database.
 */

/** How far municipalities are with one standard. */
export interface StandardFigures {
  standardId: string;
  basis: 'OBLIGATION' | 'ALL_MUNICIPALITIES';
  applicable: number;
  adopted: number;
  overdue: number;
  hasDeadline: boolean;
  demo: number;
}

/** How far one quick win is rolled out. */
export interface RolloutFigures {
  initiativeId: string;
  live: number;
  participants: number;
}

/** Totals of a group of items (one item, a lane, the roadmap). */
export interface RealityTotals {
  items: number;
  late: number;
  applicable: number;
  adopted: number;
  overdue: number;
  demo: number;
  participants: number;
  live: number;
}

/** What the figures need of the world, read once per computation. */
export interface RealityWorld {
  municipalityIds: readonly string[];
  /** Obligations per standard id (only those linked to a standard). */
  obligationsByStandard: ReadonlyMap<string, readonly ObligationRecord[]>;
  members: CooperationMembers;
  cells: AdoptionCells;
  /** YYYY-MM-DD, for deadlines. */
  today: string;
}

/**
 * One standard's figures. The denominator is the current municipalities under at least one
 * obligation for the standard when a programme has one, else all current municipalities. Adopted is
 * status ADOPTED. Overdue counts municipalities for which some applicable obligation's deadline has
 * passed without ADOPTED, an explanation or "not applicable" (the programme dashboards' rule).
 */
export function standardFigures(standardId: string, world: RealityWorld): StandardFigures {
  const obligations = world.obligationsByStandard.get(standardId) ?? [];
  const perStandard = world.cells.get(standardId);
  const figures: StandardFigures = {
    standardId,
    basis: obligations.length > 0 ? 'OBLIGATION' : 'ALL_MUNICIPALITIES',
    applicable: 0,
    adopted: 0,
    overdue: 0,
    hasDeadline: obligations.some((obligation) => Boolean(obligation.deadline)),
    demo: 0,
  };
  for (const municipalityId of world.municipalityIds) {
    const applying = obligations.filter((o) => appliesTo(o, municipalityId, world.members));
    if (obligations.length > 0 && applying.length === 0) continue;
    const cell = perStandard?.get(municipalityId);
    const status = cell?.status ?? 'NOT_STARTED';
    figures.applicable += 1;
    if (status === 'ADOPTED') figures.adopted += 1;
    if (cell?.demo) figures.demo += 1;
    if (applying.some((o) => obligationState(status, o.deadline ?? null, world.today) === 'OVERDUE'))
      figures.overdue += 1;
  }
  return figures;
}

/** A quick win's rollout: LIVE participants of those that did not withdraw. */
export function rolloutFigures(
  initiativeId: string,
  participants: readonly ParticipantRecord[],
): RolloutFigures {
  const staying = participants.filter((p) => p.status !== 'WITHDRAWN');
  return {
    initiativeId,
    live: staying.filter((p) => p.status === 'LIVE').length,
    participants: staying.length,
  };
}

const complete = (done: number, of: number) => of > 0 && done === of;

/**
 * True when an item's target is reached: with links, every linked standard adopted by all it
 * applies to and every linked quick win live with all its participants; without links, status DONE.
 */
export function targetReached(
  status: string | null,
  standards: readonly StandardFigures[],
  rollouts: readonly RolloutFigures[],
): boolean {
  if (standards.length === 0 && rollouts.length === 0) return status === 'DONE';
  return (
    standards.every((s) => complete(s.adopted, s.applicable)) &&
    rollouts.every((r) => complete(r.live, r.participants))
  );
}

/** An item is late when its end year has passed (before `year`) without its target reached. */
export function isLate(endYear: number, year: number, reached: boolean): boolean {
  return endYear < year && !reached;
}

/** Totals over items: figures of distinct standards and quick wins are added once. */
export function totalsOf(
  items: ReadonlyArray<{ late: boolean; standardIds: readonly string[]; initiativeIds: readonly string[] }>,
  standards: ReadonlyMap<string, StandardFigures>,
  rollouts: ReadonlyMap<string, RolloutFigures>,
): RealityTotals {
  const totals: RealityTotals = {
    items: items.length,
    late: items.filter((item) => item.late).length,
    applicable: 0,
    adopted: 0,
    overdue: 0,
    demo: 0,
    participants: 0,
    live: 0,
  };
  for (const id of new Set(items.flatMap((item) => item.standardIds))) {
    const figures = standards.get(id);
    if (!figures) continue;
    totals.applicable += figures.applicable;
    totals.adopted += figures.adopted;
    totals.overdue += figures.overdue;
    totals.demo += figures.demo;
  }
  for (const id of new Set(items.flatMap((item) => item.initiativeIds))) {
    const figures = rollouts.get(id);
    if (!figures) continue;
    totals.participants += figures.participants;
    totals.live += figures.live;
  }
  return totals;
}

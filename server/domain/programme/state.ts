import type { AdoptionStatus } from '../../db/models/Adoption';
import type { ObligationRecord } from '../../db/models/Obligation';

/** Where one municipality stands on one obligation. */
export type ObligationState = 'MET' | 'ON_TRACK' | 'OVERDUE' | 'EXPLAINED' | 'NOT_APPLICABLE';

/**
 * The state of an obligation for one municipality, from its adoption status and the deadline as of
 * `today` (YYYY-MM-DD): adopted is met; an explanation is explained; anything else is overdue once
 * the deadline has passed, and on track until then (or when there is no deadline).
 */
export function obligationState(
  status: AdoptionStatus,
  deadline: string | null,
  today: string,
): ObligationState {
  if (status === 'ADOPTED') return 'MET';
  if (status === 'EXPLAINED') return 'EXPLAINED';
  if (status === 'NOT_APPLICABLE') return 'NOT_APPLICABLE';
  return deadline && deadline < today ? 'OVERDUE' : 'ON_TRACK';
}

/** Today's date (YYYY-MM-DD, UTC) from the runtime's clock, which tests pin. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Members per cooperation id, for obligations scoped to a cooperation. */
export type CooperationMembers = ReadonlyMap<string, ReadonlySet<string>>;

/** True when `obligation` applies to the municipality `municipalityId`. */
export function appliesTo(
  obligation: Pick<ObligationRecord, 'scope' | 'municipalityIds' | 'cooperationId'>,
  municipalityId: string,
  cooperations: CooperationMembers,
): boolean {
  if (obligation.scope === 'ALL') return true;
  if (obligation.scope === 'LIST') return obligation.municipalityIds.includes(municipalityId);
  return cooperations.get(String(obligation.cooperationId))?.has(municipalityId) ?? false;
}

/** Counts of states over a set of municipality × obligation pairs. */
export interface StateCounts {
  applicable: number;
  met: number;
  onTrack: number;
  overdue: number;
  explained: number;
  notApplicable: number;
  demo: number;
}

/** An empty {@link StateCounts}. */
export function emptyCounts(): StateCounts {
  return { applicable: 0, met: 0, onTrack: 0, overdue: 0, explained: 0, notApplicable: 0, demo: 0 };
}

const FIELD: Record<ObligationState, keyof StateCounts> = {
  MET: 'met',
  ON_TRACK: 'onTrack',
  OVERDUE: 'overdue',
  EXPLAINED: 'explained',
  NOT_APPLICABLE: 'notApplicable',
};

/** Adds one pair to `counts`. */
export function count(counts: StateCounts, state: ObligationState, demo: boolean): void {
  counts.applicable += 1;
  counts[FIELD[state]] += 1;
  if (demo) counts.demo += 1;
}

/** Whole days from `from` to `to` (YYYY-MM-DD); null when either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

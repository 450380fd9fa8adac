import type { InitiativeStatus } from '../../db/models/Initiative';

/** The forward path; a move may skip steps but never go back. */
const ORDER: readonly InitiativeStatus[] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DELIVERED'];

/** States nothing leaves. */
export const FINAL_STATUSES: readonly InitiativeStatus[] = ['DELIVERED', 'STOPPED'];

/** The status of a new initiative. */
export const INITIAL_STATUS: InitiativeStatus = 'IDEA';

/** Why a transition is refused, or null when it is allowed. */
export type TransitionError = 'FINAL' | 'SAME' | 'BACKWARDS' | 'REASON_REQUIRED' | null;

/**
 * Checks a status change: forward moves may skip steps, STOPPED (with a reason) is reachable from
 * every non-final state, DELIVERED and STOPPED are final.
 */
export function checkTransition(
  from: InitiativeStatus,
  to: InitiativeStatus,
  reason?: string | null,
): TransitionError {
  if (FINAL_STATUSES.includes(from)) return 'FINAL';
  if (from === to) return 'SAME';
  if (to === 'STOPPED') return reason && reason.trim().length > 0 ? null : 'REASON_REQUIRED';
  return ORDER.indexOf(to) > ORDER.indexOf(from) ? null : 'BACKWARDS';
}

/** True when `from → to` is allowed (given a reason for STOPPED). */
export function canTransition(from: InitiativeStatus, to: InitiativeStatus, reason?: string | null): boolean {
  return checkTransition(from, to, reason) === null;
}

/** The statuses reachable from `from`, for UIs that offer only legal moves. */
export function nextStatuses(from: InitiativeStatus): InitiativeStatus[] {
  if (FINAL_STATUSES.includes(from)) return [];
  return [...ORDER.slice(ORDER.indexOf(from) + 1), 'STOPPED'];
}

/** A Dutch explanation of a refused transition, for the BAD_USER_INPUT message. */
export function describeTransitionError(
  error: Exclude<TransitionError, null>,
  from: InitiativeStatus,
): string {
  switch (error) {
    case 'FINAL':
      return `${from} is a final status; it cannot change any more`;
    case 'SAME':
      return `the initiative already has status ${from}`;
    case 'BACKWARDS':
      return `cannot go back from ${from} to an earlier status`;
    case 'REASON_REQUIRED':
      return 'stopping needs a reason';
  }
}

/** True when an initiative with this status and deadline is overdue on `today` (YYYY-MM-DD). */
export function isOverdue(status: InitiativeStatus, deadline: string, today: string): boolean {
  return !FINAL_STATUSES.includes(status) && deadline < today;
}

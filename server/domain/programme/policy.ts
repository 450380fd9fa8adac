import { isExplanation } from '../../../common/explanation';
import type { AdoptionStatus } from '../../db/models/Adoption';
import type { ObligationRecord } from '../../db/models/Obligation';
import { badUserInput } from '../../errors';

/** Why a report may not be saved as it is, naming the field; null when it may. */
export interface ReportProblem {
  field: 'status' | 'note';
  message: string;
}

/**
 * Pas toe of leg uit: EXPLAINED needs an explanation of at least a sentence, and is refused where an
 * obligation that applies to the municipality makes the standard VERPLICHT (no explaining away).
 */
export function reportProblem(
  report: { status: AdoptionStatus; note: string | null },
  mandatory: Pick<ObligationRecord, 'subject'> | undefined,
  programmeName: string | undefined,
): ReportProblem | null {
  if (report.status !== 'EXPLAINED') return null;
  if (mandatory) {
    return {
      field: 'status',
      message: `${mandatory.subject} is VERPLICHT${programmeName ? ` in ${programmeName}` : ''}: EXPLAINED is not allowed`,
    };
  }
  if (!isExplanation(report.note)) {
    return {
      field: 'note',
      message: 'pas toe of leg uit: EXPLAINED needs an explanation of at least a sentence',
    };
  }
  return null;
}

/** Throws BAD_USER_INPUT for a {@link reportProblem}. */
export function assertReportAllowed(problem: ReportProblem | null): void {
  if (problem) throw badUserInput(problem.field, problem.message);
}

import { ADOPTION_STATUSES, type AdoptionStatus } from '../../db/models/Adoption';

/** What a summary needs of one municipality's record: its status and whether it is demo data. */
export interface SummaryCell {
  status: AdoptionStatus;
  demo: boolean;
}

/**
 * Counts per status of a population: every municipality in `population` without a record is
 * NOT_STARTED. `demo` counts the municipalities whose figure rests on generated demo data; with
 * `includeDemo` false they are left out altogether (their real state is unknown).
 */
export function summarize(
  population: Iterable<string>,
  cellOf: (municipalityId: string) => SummaryCell | undefined,
  includeDemo = true,
) {
  const counts = new Map<AdoptionStatus, number>(ADOPTION_STATUSES.map((s) => [s, 0]));
  let total = 0;
  let demo = 0;
  for (const municipalityId of population) {
    const cell = cellOf(municipalityId);
    if (cell?.demo) {
      if (!includeDemo) continue;
      demo += 1;
    }
    const status = cell?.status ?? 'NOT_STARTED';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    total += 1;
  }
  return {
    total,
    demo,
    byStatus: ADOPTION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
  };
}

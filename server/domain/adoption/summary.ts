import { ADOPTION_STATUSES, type AdoptionStatus } from '../../db/models/Adoption';

/** Counts per status of a population: every municipality in `population` without a status is NOT_STARTED. */
export function summarize(
  population: Iterable<string>,
  statusOf: (municipalityId: string) => AdoptionStatus | undefined,
) {
  const counts = new Map<AdoptionStatus, number>(ADOPTION_STATUSES.map((s) => [s, 0]));
  let total = 0;
  for (const municipalityId of population) {
    const status = statusOf(municipalityId) ?? 'NOT_STARTED';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    total += 1;
  }
  return { total, byStatus: ADOPTION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })) };
}

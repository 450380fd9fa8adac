import type { AdoptionStatus } from '../../gql/graphql';

/** Every adoption status, in the order the UI lists them (from furthest to not started). */
export const ADOPTION_STATUSES: readonly AdoptionStatus[] = [
  'ADOPTED',
  'IN_PROGRESS',
  'PLANNED',
  'EXPLAINED',
  'NOT_APPLICABLE',
  'NOT_STARTED',
];

/**
 * Fill colour per status: the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies. Colour is never the only carrier: the legend, the summary and the province table
 * name every status in text.
 */
export const STATUS_COLORS: Record<AdoptionStatus, string> = {
  ADOPTED: '#009E73',
  IN_PROGRESS: '#56B4E9',
  PLANNED: '#0072B2',
  EXPLAINED: '#E69F00',
  NOT_APPLICABLE: '#999999',
  NOT_STARTED: '#FFFFFF',
};

/** The colour of a status on the map. */
export function statusColor(status: AdoptionStatus): string {
  return STATUS_COLORS[status];
}

/** A count per status for every status (missing ones are 0), in {@link ADOPTION_STATUSES} order. */
export function completeCounts(
  byStatus: readonly { status: AdoptionStatus; count: number }[],
): { status: AdoptionStatus; count: number }[] {
  return ADOPTION_STATUSES.map((status) => ({
    status,
    count: byStatus.find((entry) => entry.status === status)?.count ?? 0,
  }));
}

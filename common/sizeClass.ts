/**
 * The CBS gemeentegrootteklassen: municipalities grouped by population. Shared so the server's
 * dashboards and the web app's labels use one set of boundaries.
 */
export const SIZE_CLASSES = [
  { id: 'UNDER_5K', min: 0, max: 5_000 },
  { id: 'FROM_5K_TO_10K', min: 5_000, max: 10_000 },
  { id: 'FROM_10K_TO_20K', min: 10_000, max: 20_000 },
  { id: 'FROM_20K_TO_50K', min: 20_000, max: 50_000 },
  { id: 'FROM_50K_TO_100K', min: 50_000, max: 100_000 },
  { id: 'FROM_100K_TO_150K', min: 100_000, max: 150_000 },
  { id: 'FROM_150K_TO_250K', min: 150_000, max: 250_000 },
  { id: 'FROM_250K', min: 250_000, max: Number.POSITIVE_INFINITY },
] as const;

/** One of the {@link SIZE_CLASSES} ids. */
export type SizeClassId = (typeof SIZE_CLASSES)[number]['id'];

/** The size class of a population (lower bound inclusive), or null when the population is unknown. */
export function sizeClassOf(population: number | null | undefined): SizeClassId | null {
  if (population == null) return null;
  return SIZE_CLASSES.find((c) => population >= c.min && population < c.max)?.id ?? null;
}

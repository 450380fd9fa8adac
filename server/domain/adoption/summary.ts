import { ADOPTION_STATUSES, type AdoptionStatus } from '../../db/models/Adoption';
import { MUNICIPALITIES_VERSION } from '../../db/models/Municipality';
import type { AdoptionCell } from '../../db/stores/adoptionStatuses';
import type { RequestContext } from '../context';

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

/** What {@link summarize} answers. */
export type AdoptionSummary = ReturnType<typeof summarize>;

/**
 * A figure of one standard computed from its cells and the current municipalities, kept until
 * either changes: a report changes one standard's cells (and moves their stamp), so the figures of
 * the others are reused. The request first brings the cells up to its versions, so it never gets a
 * figure from before them; `compute` runs at once, on the cells the stamp was read with.
 */
export async function keptForStandard<T>(
  ctx: RequestContext,
  standardId: string,
  key: string,
  compute: (
    cells: ReadonlyMap<string, AdoptionCell>,
    municipalities: Awaited<ReturnType<RequestContext['loaders']['currentMunicipalities']>>,
  ) => Promise<T>,
): Promise<T> {
  const [versions, municipalities] = await Promise.all([
    ctx.loaders.dataVersions(),
    ctx.loaders.currentMunicipalities(),
    ctx.loaders.adoptionCells(),
  ]);
  // Nothing awaited since the cells were brought up to date: the stamp is of these cells.
  const { stamp, cells } = ctx.runtime.adoptionStatuses.standardCells(standardId);
  return ctx.runtime.cache.getAt(
    `${versions.get(MUNICIPALITIES_VERSION) ?? 0}|${stamp}`,
    `${key}:${standardId}`,
    () => compute(cells ?? new Map(), municipalities),
  );
}

/**
 * The nationwide summary of one standard over the current municipalities (a list page asks it for
 * every standard on every request), counted again only when the standard's cells or the
 * municipalities changed.
 */
export function standardAdoptionSummary(
  ctx: RequestContext,
  standardId: string,
  includeDemo: boolean,
): Promise<AdoptionSummary> {
  return keptForStandard(
    ctx,
    standardId,
    `standardAdoptionSummary:${includeDemo}`,
    async (cells, municipalities) =>
      summarize(
        municipalities.map((m) => m._id),
        (municipalityId) => cells.get(municipalityId),
        includeDemo,
      ),
  );
}

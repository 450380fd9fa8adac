import { ADOPTION_STATUSES, type AdoptionStatus } from '../../db/models/Adoption';
import { MUNICIPALITIES_VERSION } from '../../db/models/Municipality';
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
 * The nationwide summary of one standard over the current municipalities, computed again only
 * when the standard's cells or the municipalities changed (a list page asks it for every standard
 * on every request; a report changes one standard's cells, so the others keep theirs). The request
 * first brings the cells up to its versions, so it never sees a summary from before them.
 */
export async function standardAdoptionSummary(
  ctx: RequestContext,
  standardId: string,
  includeDemo: boolean,
): Promise<AdoptionSummary> {
  const [versions, municipalities] = await Promise.all([
    ctx.loaders.dataVersions(),
    ctx.loaders.currentMunicipalities(),
    ctx.loaders.adoptionCells(),
  ]);
  // Read together with the count below, nothing awaited between: the stamp is of these cells.
  const { stamp, cells } = ctx.runtime.adoptionStatuses.standardCells(standardId);
  return ctx.runtime.cache.getAt(
    `${versions.get(MUNICIPALITIES_VERSION) ?? 0}|${stamp}`,
    `standardAdoptionSummary:${standardId}:${includeDemo}`,
    async () =>
      summarize(
        municipalities.map((m) => m._id),
        (municipalityId) => cells?.get(municipalityId),
        includeDemo,
      ),
  );
}

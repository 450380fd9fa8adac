import type { ItemChange } from './TimelineBar';
import type { RoadmapComparison } from './useRoadmapHistory';

/** Per item id, how it differs from the compared version (empty when not comparing). */
export function comparisonChanges(comparison: RoadmapComparison | null): Map<string, ItemChange> {
  const changes = new Map<string, ItemChange>();
  if (!comparison) return changes;
  for (const item of comparison.added) changes.set(item.id, { kind: 'added' });
  for (const item of comparison.moved) changes.set(item.id, { kind: 'moved', from: item.from });
  return changes;
}

import type { PubSub } from '../../events/pubsub';
import type { RoadmapProjected } from '../../realtime/projection/roadmap';
import type { SearchKind } from './kinds';

/**
 * Published after a write that changes what search finds, for kinds without a domain event of
 * their own (initiatives have `initiative.changed`). Through the PubSub, so with Redis every
 * server process refreshes its index.
 */
export const SEARCH_INDEX_CHANGED = 'searchIndexChanged';

/** Payload of {@link SEARCH_INDEX_CHANGED}: without `ids` the whole kind is rebuilt. */
export interface SearchIndexChangedEvent {
  kind: SearchKind;
  ids?: string[];
}

/** Tells every process's search index that these records of `kind` changed. */
export function publishSearchChange(pubsub: PubSub, kind: SearchKind, ids?: readonly string[]): void {
  pubsub.publish(SEARCH_INDEX_CHANGED, {
    kind,
    ...(ids ? { ids: [...ids] } : {}),
  } satisfies SearchIndexChangedEvent);
}

/** Tells the search indexes what a roadmap projection run changed. */
export function publishRoadmapSearchChange(pubsub: PubSub, change: RoadmapProjected): void {
  if (change.metaChanged) publishSearchChange(pubsub, 'ROADMAP', [change.roadmapId]);
  if (change.itemIds.length > 0) publishSearchChange(pubsub, 'ROADMAP_ITEM', change.itemIds);
}

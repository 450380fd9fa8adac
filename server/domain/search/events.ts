import type { SearchKind } from '../../../common/searchKinds';
import type { PubSub } from '../../events/pubsub';
import { SEARCH_INDEX_CHANGED } from '../../events/topics';
import type { DomainEvent } from '../change';
import type { RoadmapProjected } from '../roadmap/events';

/**
 * The event that tells every process's search index that these records of `kind` changed: after a
 * write that changes what search finds, for kinds without a domain event of their own (initiatives
 * have `initiative.changed`). Through the PubSub, so with Redis every server process refreshes.
 */
export function searchIndexChanged(kind: SearchKind, ids?: readonly string[]): DomainEvent {
  return { topic: SEARCH_INDEX_CHANGED, payload: payloadOf(kind, ids) };
}

/** Publishes {@link searchIndexChanged} outside a command (projections, tests). */
export function publishSearchChange(pubsub: PubSub, kind: SearchKind, ids?: readonly string[]): void {
  pubsub.publish(SEARCH_INDEX_CHANGED, payloadOf(kind, ids));
}

function payloadOf(kind: SearchKind, ids?: readonly string[]) {
  return { kind, ...(ids ? { ids: [...ids] } : {}) };
}

/** Tells the search indexes what a roadmap projection run changed. */
export function publishRoadmapSearchChange(pubsub: PubSub, change: RoadmapProjected): void {
  if (change.metaChanged) publishSearchChange(pubsub, 'ROADMAP', [change.roadmapId]);
  if (change.itemIds.length > 0) publishSearchChange(pubsub, 'ROADMAP_ITEM', change.itemIds);
}

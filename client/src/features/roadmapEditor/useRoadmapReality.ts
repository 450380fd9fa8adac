import { useQuery, useSubscription } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { RoadmapRealityFieldsFragment } from '../../gql/graphql';

export const RoadmapRealityFields = graphql(`
  fragment RoadmapRealityFields on RoadmapReality {
    roadmapId
    year
    totals {
      ...RealityTotalsFields
    }
    lanes {
      laneId
      totals {
        ...RealityTotalsFields
      }
    }
    items {
      itemId
      late
      totals {
        ...RealityTotalsFields
      }
      standards {
        standard {
          id
          name
        }
        basis
        applicable
        adopted
        overdue
        hasDeadline
        demo
      }
      initiatives {
        initiative {
          id
          title
        }
        live
        participants
      }
    }
  }

  fragment RealityTotalsFields on RealityTotals {
    items
    late
    applicable
    adopted
    overdue
    demo
    participants
    live
  }
`);

const RoadmapRealityQuery = graphql(`
  query RoadmapRealityQuery($id: ID!) {
    roadmap(id: $id) {
      id
      reality {
        ...RoadmapRealityFields
      }
    }
  }
`);

const RoadmapRealitySubscription = graphql(`
  subscription RoadmapRealitySubscription($roadmapId: ID!) {
    roadmapRealityChanged(roadmapId: $roadmapId) {
      ...RoadmapRealityFields
    }
  }
`);

/** A roadmap's plan versus reality, as the server computed it. */
export type RoadmapReality = RoadmapRealityFieldsFragment;
/** One item's reality. */
export type ItemReality = RoadmapReality['items'][number];
/** Totals of an item, a lane or the roadmap. */
export type RealityTotals = RoadmapReality['totals'];

/** The reality of a roadmap, indexed for the timeline. */
export interface RealityView {
  reality: RoadmapReality | null;
  byItem: ReadonlyMap<string, ItemReality>;
  byLane: ReadonlyMap<string | null, RealityTotals>;
}

/**
 * Plan versus reality of a roadmap: read once, then replaced by every `roadmapRealityChanged`
 * (an adoption of a linked standard, a linked quick win, or the items' links changed), so the
 * timeline follows reality without polling. The newest answer wins: the feed's once it spoke.
 */
export function useRoadmapReality(roadmapId: string): RealityView {
  const query = useQuery(RoadmapRealityQuery, { variables: { id: roadmapId } });
  const live = useSubscription(RoadmapRealitySubscription, { variables: { roadmapId } });
  const reality = live.data?.roadmapRealityChanged ?? query.data?.roadmap?.reality ?? null;
  return useMemo(
    () => ({
      reality,
      byItem: new Map(reality?.items.map((item) => [item.itemId, item])),
      byLane: new Map(reality?.lanes.map((lane) => [lane.laneId ?? null, lane.totals])),
    }),
    [reality],
  );
}

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RoadmapComparisonFieldsFragment } from '../../gql/graphql';

const RoadmapVersionsQuery = graphql(`
  query RoadmapVersionsQuery($roadmapId: ID!) {
    roadmapVersions(roadmapId: $roadmapId) {
      id
      name
      createdAt
      createdBy {
        id
        name
      }
    }
  }
`);

export const RoadmapComparisonFields = graphql(`
  fragment RoadmapComparisonFields on RoadmapComparison {
    version {
      id
      name
    }
    added {
      id
      title
    }
    removed {
      id
      title
    }
    moved {
      id
      title
      from {
        startYear
        endYear
      }
      to {
        startYear
        endYear
      }
    }
    changed {
      id
      title
      fields
      fromTitle
      toTitle
      fromStatus
      toStatus
      fromLane
      toLane
      from {
        startYear
        endYear
      }
      to {
        startYear
        endYear
      }
    }
    milestonesAdded {
      id
      title
      date
    }
    milestonesRemoved {
      id
      title
      date
    }
    milestonesMoved {
      id
      title
      fromDate
      toDate
    }
    lanes {
      added {
        id
        title
      }
      removed {
        id
        title
      }
      renamed {
        id
        fromTitle
        toTitle
      }
    }
    vision {
      changed
      parts {
        kind
        text
      }
    }
    drift {
      kind
      id
      title
      from
      to
      years
      days
    }
  }
`);

const CompareRoadmapVersionQuery = graphql(`
  query CompareRoadmapVersionQuery($versionId: ID!) {
    compareRoadmapVersion(versionId: $versionId) {
      ...RoadmapComparisonFields
    }
  }
`);

const CreateRoadmapVersionMutation = graphql(`
  mutation CreateRoadmapVersionMutation($roadmapId: ID!, $name: String!) {
    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {
      id
    }
  }
`);

const RestoreRoadmapVersionMutation = graphql(`
  mutation RestoreRoadmapVersionMutation($versionId: ID!) {
    restoreRoadmapVersion(versionId: $versionId) {
      id
    }
  }
`);

/** A version compared with now: items, milestones, lanes and vision, and what slipped (drift). */
export type RoadmapComparison = RoadmapComparisonFieldsFragment;

/**
 * A roadmap's named versions with naming, comparing and restoring. A restore changes the live
 * document on the server, so the editor sees it through its provider like any other edit.
 */
export function useRoadmapHistory(roadmapId: string) {
  const variables = { roadmapId };
  const versions = useQuery(RoadmapVersionsQuery, { variables });
  const [create, createState] = useMutation(CreateRoadmapVersionMutation, {
    refetchQueries: [{ query: RoadmapVersionsQuery, variables }],
    awaitRefetchQueries: true,
  });
  const [compare, compareState] = useLazyQuery(CompareRoadmapVersionQuery, { fetchPolicy: 'network-only' });
  const [restore, restoreState] = useMutation(RestoreRoadmapVersionMutation);
  return {
    versions: versions.data?.roadmapVersions ?? [],
    loading: versions.loading && !versions.data,
    error: versions.error ?? createState.error ?? compareState.error ?? restoreState.error,
    busy: createState.loading || compareState.loading || restoreState.loading,
    createVersion: (name: string) => create({ variables: { roadmapId, name } }),
    compareVersion: async (versionId: string): Promise<RoadmapComparison | null> =>
      (await compare({ variables: { versionId } })).data?.compareRoadmapVersion ?? null,
    restoreVersion: (versionId: string) => restore({ variables: { versionId } }),
  };
}

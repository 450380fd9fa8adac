import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import type { MapPoint } from './AdoptionMap';

const AdoptionMapQuery = graphql(`
  query AdoptionMapQuery($standardId: ID!, $after: String) {
    adoptionMatrix(standardIds: [$standardId], first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        municipality {
          id
          code
          name
          lat
          lon
        }
        cells {
          standardId
          status
        }
        demo
      }
    }
  }
`);

/**
 * Every current municipality with its status for one standard, read page by page (50 at a time: the cost limit refuses 100 rows with their cells)
 * until all are in; `complete` turns true once the last page arrived.
 */
export function useAdoptionMapPoints(standardId: string | undefined, includeDemo = true) {
  const { data, error, loading, fetchMore, refetch } = useQuery(AdoptionMapQuery, {
    variables: { standardId: standardId ?? '' },
    skip: !standardId,
  });
  const matrix = data?.adoptionMatrix;
  const hasNextPage = matrix?.pageInfo.hasNextPage ?? false;
  const endCursor = matrix?.pageInfo.endCursor;

  useEffect(() => {
    if (!hasNextPage || !endCursor) return;
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        adoptionMatrix: {
          ...fetchMoreResult.adoptionMatrix,
          nodes: [...(previous.adoptionMatrix?.nodes ?? []), ...fetchMoreResult.adoptionMatrix.nodes],
        },
      }),
    }).catch(() => undefined);
  }, [hasNextPage, endCursor, fetchMore]);

  // The matrix holds current municipalities only, and every one of them has a centroid; ended
  // municipalities (no centroid in the sources) never reach the map.
  const points: MapPoint[] =
    matrix?.nodes.flatMap(({ municipality, cells, demo }) =>
      municipality.lat == null || municipality.lon == null || (!includeDemo && demo[0])
        ? []
        : [
            {
              code: municipality.code,
              name: municipality.name,
              lat: municipality.lat,
              lon: municipality.lon,
              status: cells[0]?.status ?? 'NOT_STARTED',
              demo: demo[0] ?? false,
            },
          ],
    ) ?? [];
  return { points, error, loading, complete: Boolean(matrix) && !hasNextPage, refetch };
}

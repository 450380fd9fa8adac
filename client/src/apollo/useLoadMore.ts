import type { OperationVariables } from '@apollo/client';
import type { useQuery } from '@apollo/client/react';
import { useState } from 'react';

/**
 * "Meer laden" for a server-paginated connection at `key` of a query's result: fetches the page
 * after `endCursor` and appends its nodes to those already shown; `busy` while it loads.
 */
export function useLoadMore<
  K extends string,
  T extends Record<K, { nodes: readonly unknown[] }>,
  V extends OperationVariables & { after?: string | null },
>(key: K, endCursor: string | null | undefined, fetchMore: useQuery.Result<T, V>['fetchMore']) {
  const [busy, setBusy] = useState(false);
  async function loadMore() {
    if (!endCursor) return;
    setBusy(true);
    try {
      await fetchMore({
        variables: { after: endCursor } as Partial<V>,
        updateQuery: (previous, { fetchMoreResult }) =>
          ({
            ...fetchMoreResult,
            [key]: {
              ...fetchMoreResult[key],
              nodes: [...previous[key].nodes, ...fetchMoreResult[key].nodes],
            },
          }) as T,
      });
    } finally {
      setBusy(false);
    }
  }
  return { busy, loadMore };
}

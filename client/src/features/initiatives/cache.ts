import type { ApolloCache } from '@apollo/client';

/**
 * Drops the cached initiative lists and the dashboard after a write: which column a quick win
 * sits in, the counts and the benefit totals all depend on it, and the server computes them.
 */
export function evictInitiativeAggregates(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiativeDashboard' });
  cache.gc();
}

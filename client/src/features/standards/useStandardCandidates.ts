import { useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';
import { graphql } from '../../gql';

const StandardCandidatesQuery = graphql(`
  query StandardCandidatesQuery($search: String!) {
    standards(search: $search, first: 8) {
      nodes {
        id
        slug
        name
      }
    }
  }
`);

/** Searches shorter than this ask nothing: one letter matches half the catalogue. */
const MIN_SEARCH_LENGTH = 2;

/**
 * Standards to link, found by name in the catalogue, leaving out those already linked. The search
 * is deferred, so typing stays responsive and a fast typist does not send a query per keystroke.
 */
export function useStandardCandidates(search: string, linkedIds: readonly string[]) {
  const text = useDeferredValue(search.trim());
  const tooShort = text.length < MIN_SEARCH_LENGTH;
  const { data } = useQuery(StandardCandidatesQuery, { variables: { search: text }, skip: tooShort });
  return (tooShort ? [] : (data?.standards.nodes ?? [])).filter(
    (standard) => !linkedIds.includes(standard.id),
  );
}

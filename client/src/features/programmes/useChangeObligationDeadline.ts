import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ChangeObligationDeadlineInput } from '../../gql/graphql';

const ChangeObligationDeadlineMutation = graphql(`
  mutation ChangeObligationDeadlineMutation($input: ChangeObligationDeadlineInput!) {
    changeObligationDeadline(input: $input) {
      id
      deadline
      originalDeadline
      driftDays
      deadlineChanges {
        at
        oldDeadline
        newDeadline
        reason
        decidedBy
        recordedBy {
          id
          name
        }
      }
    }
  }
`);

/** Moves an obligation's deadline; the obligation updates in the cache by id, the dashboard is fetched again. */
export function useChangeObligationDeadline() {
  const [mutate, state] = useMutation(ChangeObligationDeadlineMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'programmeDashboard' });
      cache.gc();
    },
  });
  const changeDeadline = (input: ChangeObligationDeadlineInput) => mutate({ variables: { input } });
  return { changeDeadline, ...state };
}

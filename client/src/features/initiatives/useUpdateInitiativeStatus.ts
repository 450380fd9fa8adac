import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateInitiativeStatusInput } from '../../gql/graphql';
import { evictInitiativeAggregates } from './cache';

const UpdateInitiativeStatusMutation = graphql(`
  mutation UpdateInitiativeStatusMutation($input: UpdateInitiativeStatusInput!) {
    updateInitiativeStatus(input: $input) {
      initiative {
        ...QuickWinFields
      }
    }
  }
`);

/** Moves a quick win along its workflow (the server refuses illegal moves). The initiative updates in the cache by id; lists and dashboard are fetched again. */
export function useUpdateInitiativeStatus() {
  const [mutate, state] = useMutation(UpdateInitiativeStatusMutation, {
    update: (cache) => evictInitiativeAggregates(cache),
  });
  const updateInitiativeStatus = (input: UpdateInitiativeStatusInput) => mutate({ variables: { input } });
  return { updateInitiativeStatus, ...state };
}

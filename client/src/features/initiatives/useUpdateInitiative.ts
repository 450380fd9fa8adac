import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateInitiativeInput } from '../../gql/graphql';
import { evictInitiativeAggregates } from './cache';

const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      initiative {
        ...QuickWinFields
      }
    }
  }
`);

/** Changes a quick win's fields and participants. The initiative updates in the cache by id; lists and dashboard are fetched again. */
export function useUpdateInitiative() {
  const [mutate, state] = useMutation(UpdateInitiativeMutation, {
    update: (cache) => evictInitiativeAggregates(cache),
  });
  const updateInitiative = (input: UpdateInitiativeInput) => mutate({ variables: { input } });
  return { updateInitiative, ...state };
}

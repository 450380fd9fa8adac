import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateRolloutInput } from '../../gql/graphql';
import { evictInitiativeAggregates } from './cache';

const UpdateRolloutMutation = graphql(`
  mutation UpdateRolloutMutation($input: UpdateRolloutInput!) {
    updateRollout(input: $input) {
      initiative {
        ...QuickWinFields
      }
    }
  }
`);

/** Sets one municipality's rollout of a quick win. The initiative updates in the cache by id; lists and dashboard are fetched again. */
export function useUpdateRollout() {
  const [mutate, state] = useMutation(UpdateRolloutMutation, {
    update: (cache) => evictInitiativeAggregates(cache),
  });
  const updateRollout = (input: UpdateRolloutInput) => mutate({ variables: { input } });
  return { updateRollout, ...state };
}

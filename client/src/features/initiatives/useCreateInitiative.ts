import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateInitiativeInput } from '../../gql/graphql';
import { evictInitiativeAggregates } from './cache';

const CreateInitiativeMutation = graphql(`
  mutation CreateInitiativeMutation($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        ...QuickWinFields
      }
    }
  }
`);

/** Creates a quick win (as IDEA); the board and dashboard are fetched again. */
export function useCreateInitiative() {
  const [mutate, state] = useMutation(CreateInitiativeMutation, {
    update: (cache) => evictInitiativeAggregates(cache),
  });
  const createInitiative = async (input: CreateInitiativeInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('createInitiative returned no data');
    return data.createInitiative.initiative;
  };
  return { createInitiative, ...state };
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateApiTokenInput } from '../../gql/graphql';

const CreateApiTokenMutation = graphql(`
  mutation CreateApiTokenMutation($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

/** Creates a token and returns its secret (shown once); the list is fetched again. */
export function useCreateApiToken() {
  const [mutate, state] = useMutation(CreateApiTokenMutation, {
    update: (cache) => cache.evict({ fieldName: 'apiTokens' }),
  });
  const createApiToken = async (input: CreateApiTokenInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('createApiToken returned no data');
    return data.createApiToken;
  };
  return { createApiToken, ...state };
}

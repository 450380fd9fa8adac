import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiTokenMutation($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

/** Revokes a token; the cached token (same id) shows it revoked at once. */
export function useRevokeApiToken() {
  const [mutate, state] = useMutation(RevokeApiTokenMutation);
  const revokeApiToken = (id: string) => mutate({ variables: { id } });
  return { revokeApiToken, ...state };
}

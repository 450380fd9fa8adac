import { useMutation } from '@apollo/client/react';
import type { LoginMutationMutationVariables } from '../../gql/graphql';
import { LoginMutation, MeQuery, type Viewer } from './documents';
import { setToken } from './tokenStorage';

/** Signs in: stores the token and puts the person in the cache so `useViewer` knows at once. */
export function useLogin() {
  const [mutate, { loading, error, reset }] = useMutation(LoginMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.login.user } });
    },
  });

  async function login(variables: LoginMutationMutationVariables): Promise<Viewer | null> {
    const { data } = await mutate({ variables });
    if (!data) return null;
    setToken(data.login.token);
    return data.login.user;
  }

  return { login, loading, error, reset };
}

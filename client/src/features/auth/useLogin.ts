import { useMutation } from '@apollo/client/react';
import { LoginMutation, MeQuery, type LoginMutationVariables, type Viewer } from './documents';
import { setToken } from './tokenStorage';

/** Signs in: stores the token and puts the person in the cache so `useViewer` knows at once. */
export function useLogin() {
  const [mutate, { loading, error, reset }] = useMutation(LoginMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.login.user } });
    },
  });

  async function login(variables: LoginMutationVariables): Promise<Viewer | null> {
    const { data } = await mutate({ variables });
    if (!data) return null;
    setToken(data.login.token);
    return data.login.user;
  }

  return { login, loading, error, reset };
}

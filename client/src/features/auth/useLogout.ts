import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutMutation } from './documents';
import { setToken } from './tokenStorage';

/** Signs out on the server and forgets everything cached for this person. */
export function useLogout() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutMutation);

  async function logout(): Promise<void> {
    // Signing out locally must work even when the server cannot be reached, so its error is dropped.
    await mutate().catch(() => undefined);
    setToken(null);
    await client.clearStore();
  }

  return { logout, loading };
}

import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { ErrorCode } from '../../../../common/errorCodes';
import { errorCodeOf } from '../../apollo/errorCode';
import { MeQuery, type Viewer } from './documents';
import { getToken, setToken, subscribeToToken } from './tokenStorage';

/** What every component may know about the session. */
export interface AuthState {
  /** The signed-in person, or null when signed out (or while unknown). */
  viewer: Viewer | null;
  /** True while a stored token is being checked with the server. */
  loading: boolean;
}

const AuthContext = createContext<AuthState>({ viewer: null, loading: false });

/** Resolves the stored token to the signed-in person once, for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(subscribeToToken, getToken);
  // Without a token nobody is signed in, so there is nothing to ask the server.
  const { data, loading, error } = useQuery(MeQuery, { skip: !token });

  const rejected = error !== undefined && errorCodeOf(error) === ErrorCode.Unauthenticated;
  useEffect(() => {
    // An expired or revoked token: forget it so the app shows the signed-out state.
    if (rejected) setToken(null);
  }, [rejected]);

  const value: AuthState = { viewer: token ? (data?.me ?? null) : null, loading: Boolean(token) && loading };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session: who is signed in, and whether that is still being checked. */
export function useViewer(): AuthState {
  return useContext(AuthContext);
}

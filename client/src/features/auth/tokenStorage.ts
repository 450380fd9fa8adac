const storageKey = 'koers.token';
const listeners = new Set<() => void>();

/** The bearer token of the signed-in user, or null when signed out. */
export function getToken(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Stores (or with null, forgets) the token and tells every subscriber, e.g. the WebSocket link. */
export function setToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(storageKey, token);
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Without storage the session cannot survive a reload; signing in still works for this page.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` after every sign-in and sign-out; returns the unsubscribe function. */
export function subscribeToToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

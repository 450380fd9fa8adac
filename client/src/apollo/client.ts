import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { getToken } from '../features/auth/tokenStorage';

/** Adds `Authorization: Bearer <token>` to every HTTP operation while someone is signed in. */
const authLink = new SetContextLink((prevContext) => {
  const token = getToken();
  if (!token) return {};
  return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

/**
 * Subscriptions through a link loaded with the first subscription: graphql-ws and its link are
 * their own chunk, so pages without live data (the login page, the catalogue) do not download them.
 */
function lazySubscriptionLink(): ApolloLink {
  let loaded: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let closed = false;
        let inner: { unsubscribe(): void } | undefined;
        loaded ??= import('./subscriptionLink').then((module) => module.createSubscriptionLink());
        loaded.then(
          (link) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}

/**
 * The one Apollo Client of the web app: queries and mutations over HTTP on `/graphql`,
 * subscriptions over graphql-ws on the same path.
 */
export function createApolloClient(): ApolloClient {
  const httpLink = ApolloLink.from([authLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]);
  const link = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    lazySubscriptionLink(),
    httpLink,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

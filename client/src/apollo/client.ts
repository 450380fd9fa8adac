import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { getToken, subscribeToToken } from '../features/auth/tokenStorage';

/** ws(s)://<this host>/graphql, matching the page's scheme so HTTPS pages use secure sockets. */
function subscriptionUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/graphql`;
}

/** Adds `Authorization: Bearer <token>` to every HTTP operation while someone is signed in. */
const authLink = new SetContextLink((prevContext) => {
  const token = getToken();
  if (!token) return {};
  return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

/**
 * The one Apollo Client of the web app: queries and mutations over HTTP on `/graphql`,
 * subscriptions over graphql-ws on the same path.
 */
export function createApolloClient(): ApolloClient {
  const wsClient = createClient({
    url: subscriptionUrl(),
    // A function, so every (re)connect sends the token of that moment.
    connectionParams: () => {
      const token = getToken();
      return token ? { token } : {};
    },
  });
  // The server authorizes a socket once, at connect: after sign-in or sign-out the socket must be
  // reopened. graphql-ws reconnects lazily and resubscribes active subscriptions by itself.
  subscribeToToken(() => wsClient.terminate());

  const httpLink = ApolloLink.from([authLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]);
  const link = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    new GraphQLWsLink(wsClient),
    httpLink,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

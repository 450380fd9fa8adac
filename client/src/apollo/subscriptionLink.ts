import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { getToken, subscribeToToken } from '../features/auth/tokenStorage';

/** ws(s)://<this host>/graphql, matching the page's scheme so HTTPS pages use secure sockets. */
function subscriptionUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/graphql`;
}

/** Subscriptions over graphql-ws on `/graphql`, signed in with the token of each (re)connect. */
export function createSubscriptionLink(): GraphQLWsLink {
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
  return new GraphQLWsLink(wsClient);
}

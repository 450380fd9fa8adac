import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one Apollo Client of the web app, talking to `/graphql` on the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}

import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';

const AppShellQuery = graphql(`
  query AppShellQuery {
    apiVersion
  }
`);

/** The application shell: header, main landmark and the API status. */
export function App() {
  const { data, error, loading } = useQuery(AppShellQuery);
  return (
    <>
      <header>
        <p>Koers</p>
      </header>
      <main id="main">
        <h1>Koers</h1>
        <p>Gezamenlijke roadmaps, standaarden en adoptie van Nederlandse gemeenten.</p>
        <p role="status">
          {loading && 'Verbinden met de server…'}
          {error && 'De server is niet bereikbaar. Probeer het later opnieuw.'}
          {data && `Verbonden met Koers API versie ${data.apiVersion}.`}
        </p>
      </main>
    </>
  );
}

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './graphiql.css';

/**
 * The API explorer at /graphiql, served by Koers itself (bundled by Vite, no CDN, no inline script,
 * so it works on closed government networks and under Koers's Content-Security-Policy). The schema
 * comes from /graphql/schema.graphql, the published contract, so it also works in production where
 * introspection is off. Sign in by adding `{"Authorization": "Bearer <token>"}` under Headers.
 */
const origin = window.location.origin;
const fetcher = createGraphiQLFetcher({
  url: `${origin}/graphql`,
  subscriptionUrl: `${origin.replace(/^http/, 'ws')}/graphql`,
});

const DEFAULT_QUERY = `# Koers API: see docs/api.md. Public data needs no token; add one under Headers:
# {"Authorization": "Bearer koers_pat_…"}
query Standards {
  standards(first: 5) {
    nodes { slug name lifecycle versions { number date } }
  }
}
`;

function Explorer() {
  const [schema, setSchema] = useState<GraphQLSchema | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    fetch('/graphql/schema.graphql')
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((sdl) => setSchema(buildSchema(sdl)))
      .catch((error: unknown) => setProblem(String(error)));
  }, []);
  if (problem) return <p role="alert">The schema could not be loaded: {problem}</p>;
  if (!schema) return <p>Loading the schema…</p>;
  return <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={DEFAULT_QUERY} />;
}

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Explorer />
    </StrictMode>,
  );
}

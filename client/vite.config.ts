import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { documentModules } from './documentModules';
import { precompress } from './precompress';

const backend = process.env.KOERS_BACKEND ?? 'http://localhost:4000';

/** The web app; `npm run dev` proxies the API to a Koers server on KOERS_BACKEND. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    // Rewrites each graphql(`…`) call into an import of just that document, so a page ships the
    // documents it uses instead of codegen's map of all of them (GraphQL Code Generator's own
    // client-preset optimizer).
    babel({
      include: /client\/src\/.*\.tsx?$/,
      plugins: [
        [
          babelOptimizerPlugin,
          { artifactDirectory: fileURLToPath(new URL('src/gql', import.meta.url)), gqlTagName: 'graphql' },
        ],
      ],
    }),
    documentModules(fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url))),
    react(),
    precompress(),
  ],
  // Source maps are written for operators (the server never serves *.map) and not referenced
  // from the bundles, so browsers do not ask for them.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden',
    // The API explorer is its own entry (/graphiql), so the web app never loads GraphiQL.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: backend, ws: true },
      '/collab': { target: backend, ws: true },
      '/export': backend,
      '/healthz': backend,
    },
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (no I/O), `integration` (real FerretDB, real sockets) and `e2e` (real
 * Chromium). Integration and e2e share one FerretDB per run, started by the global setup on a
 * temporary directory; every test file gets its own database in it.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Node loads graphql's CommonJS entry for externalized packages (graphql-ws, graphql-tools);
        // without this alias Vite would give the server code the ESM entry, a second graphql
        // instance, and graphql-ws's validate() refuses the schema ("from another module or realm").
        resolve: { alias: { graphql: 'graphql/index.js' } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

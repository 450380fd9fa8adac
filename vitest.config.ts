import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * graphql 16 has no `exports` map: Node loads its CommonJS build for dependencies (Apollo,
 * graphql-tools, graphql-ws), while Vite would give our own sources its `.mjs` build, and a schema
 * from one copy fails `instanceof` checks in the other. Pin every import to the copy Node uses, as
 * it does when Koers runs outside the tests.
 */
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * Three projects: `unit` (no I/O), `integration` (real FerretDB, real sockets) and `e2e` (real
 * Chromium). Integration and e2e share one FerretDB per run, started by the global setup on a
 * temporary directory; every test file gets its own database in it.
 *
 * The timeouts only end a hung test: tests wait for events and states (tests/support/eventually.ts),
 * never for a time, so the timeouts are set far above what the slowest test takes while
 * `npm run test:stress` loads the machine (up to a minute), and no test sets a shorter one.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    // Vitest leaves one core free by default, which on a two-core machine (CI's) runs every file in
    // turn; integration files mostly wait on the database and sockets, so two side by side take the
    // suite from 655 to 542 s there. E2E files run side by side too (each starts its own server on a
    // free port, its own database and its own Chromium): with file parallelism off, Vitest ran them
    // after all other files, one at a time. The suite took 410 s that way against 371 s side by side
    // on one machine (464 against 455 s on a fresh clone).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/support/clientTranslations.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});

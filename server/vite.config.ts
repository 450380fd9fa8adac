import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The production server, compiled to plain JavaScript for `node` (no tsx, no esbuild at run time).
 * Dependencies stay external and load from node_modules. The bundles sit two folders deep
 * (`dist/server/`), as the sources do (`server/<area>/`), so paths that modules resolve from their
 * own location (`../../schema`, `../../client/dist`, `../../.tools`) hold in both.
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { index: 'server/index.ts', import: 'scripts/import.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});

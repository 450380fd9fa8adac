import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../server/db/ferretdb';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `mongodb://127.0.0.1:<port>/` of this run's FerretDB; add a database name per test file. */
    mongoUri: string;
  }
}

/** Starts one FerretDB on a fresh temporary directory for the whole run; never touches ./data. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-test-db-'));
  const db = await startEmbeddedDatabase({ dataDir });
  project.provide('mongoUri', db.uri);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connection } from 'mongoose';
import { openDatabase } from '../../server/db/connection';
import { startEmbeddedDatabase, type EmbeddedDatabaseOptions } from '../../server/db/ferretdb';
import { collabDatabaseName, createModels } from '../../server/db/models';
import { seedDatabase } from '../../seeds/seed';
import { settledWithin } from '../lib/deadline';
import { createBenchAdmin } from '../lib/fixtures';
import { MetricSet } from '../lib/metrics';
import { startKoersProcess, type ServerProcess } from '../lib/processes';
import { graphqlScenarios } from './scenarios';
import { prepareScale, subscriberLatencyBenchmark, writeThroughputBenchmark } from './scale';
import { graphqlBenchmarks } from './suite';

/** The database options measured beside the default (FerretDB on SQLite, `synchronous=FULL`). */
export const BACKENDS: Array<{ name: string; options: Omit<EmbeddedDatabaseOptions, 'dataDir'> }> = [
  { name: 'sqlite_normal', options: { synchronous: 'NORMAL' } },
  {
    name: 'postgresql',
    options: {
      // PostgreSQL on this machine; FerretDB keeps each database in a schema of this one.
      postgresqlUrl: process.env.BENCH_POSTGRESQL_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
];

/**
 * The write scenarios (the update mix, write throughput and latency to subscribers at 342 × 92)
 * on another database option, in the same run as the default's: each figure is reported as
 * `graphql.backend.<name>.<metric>` with the default's figure as its reference. When `signal`
 * aborts (the phase ran out of time) its server and database are stopped, and nothing is reported.
 */
export async function backendBenchmark(
  backend: (typeof BACKENDS)[number],
  metrics: MetricSet,
  quick: boolean,
  signal: AbortSignal,
): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `koers-bench-${backend.name}-`));
  const db = await startEmbeddedDatabase({ dataDir, ...backend.options });
  const name = `koers_bench_${process.pid}`;
  const connection = await openDatabase(db.uri, name);
  let koers: ServerProcess | undefined;
  const stop = () => void Promise.all([koers?.stop(), db.stop()]);
  signal.addEventListener('abort', stop, { once: true });
  try {
    await dropLeftBehind(connection);
    const models = createModels(connection);
    await seedDatabase(models);
    const admin = await createBenchAdmin(models);
    koers = await startKoersProcess(`${db.uri}${name}`, 0);
    const own = new MetricSet();
    try {
      const scenarios = await graphqlScenarios(models, koers.url, admin.token);
      const measured = scenarios.filter((s) => ['typename', 'mix_update_adoption'].includes(s.name));
      await graphqlBenchmarks(koers.url, measured, own, quick);
      const scale = await prepareScale(models);
      await writeThroughputBenchmark(koers.url, scale, own, quick);
      await subscriberLatencyBenchmark(koers.url, scale, own, quick);
    } finally {
      await koers.stop();
    }
    // Scenarios count failed requests instead of throwing: figures of a stopped server are none.
    signal.throwIfAborted();
    for (const metric of own.all) {
      const reference = metrics.all.find((m) => m.name === metric.name)?.value;
      metrics.add(
        metric.name.replace(/^graphql\./, `graphql.backend.${backend.name}.`),
        metric.value,
        metric.unit,
        reference === undefined ? {} : { reference },
      );
    }
  } finally {
    try {
      if (!signal.aborted) await dropDatabases(connection, [name, collabDatabaseName(name)]);
    } finally {
      // Only now: a phase out of time while the drop waits stops the database under it.
      signal.removeEventListener('abort', stop);
      await connection.close();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/** The databases of a bench run: `koers_bench_<pid>` and its co-editing database. */
const BENCH_DATABASE = /^koers_bench_(\d+)(?:_collab)?$/;

/**
 * Drops what earlier runs left behind when their drop did not answer (below): on PostgreSQL their
 * schemas would stay for good. Here, before this run's load, the database is idle. A run still
 * going (its process alive) keeps its databases.
 */
async function dropLeftBehind(connection: Connection): Promise<void> {
  const { databases } = await connection.getClient().db().admin().listDatabases({ nameOnly: true });
  const left = databases
    .map((database) => database.name)
    .filter((name) => {
      const pid = BENCH_DATABASE.exec(name)?.[1];
      return pid !== undefined && !processRuns(Number(pid));
    });
  if (left.length > 0 && (await dropDatabases(connection, left)))
    console.log(`  dropped ${left.join(', ')}, left behind by an earlier run`);
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** How long dropping the phase's databases may take before the phase goes on without it. */
const DROP_WITHIN_MS = 60_000;

/**
 * Drops `names`, and answers whether they were dropped: on PostgreSQL each database is a schema
 * that outlives the run. A drop that does not answer (in two of four runs on one machine, on FerretDB
 * 1.24's PostgreSQL backend, after the phase's server stopped) is left behind with a warning
 * instead of holding up the rest of the bench, for the next run to drop (dropLeftBehind).
 */
async function dropDatabases(connection: Connection, names: string[]): Promise<boolean> {
  const drops = Promise.all(names.map((name) => connection.useDb(name).dropDatabase()));
  const dropped = await settledWithin(drops, DROP_WITHIN_MS);
  if (!dropped)
    console.warn(`  databases ${names.join(', ')} not dropped within a minute; the next run drops them`);
  return dropped;
}

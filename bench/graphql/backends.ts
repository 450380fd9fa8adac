import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection';
import { startEmbeddedDatabase, type EmbeddedDatabaseOptions } from '../../server/db/ferretdb';
import { createModels } from '../../server/db/models';
import { seedDatabase } from '../../seeds/seed';
import { createBenchAdmin } from '../lib/fixtures';
import { MetricSet } from '../lib/metrics';
import { startKoersProcess } from '../lib/processes';
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
 * `graphql.backend.<name>.<metric>` with the default's figure as its reference.
 */
export async function backendBenchmark(
  backend: (typeof BACKENDS)[number],
  metrics: MetricSet,
  quick: boolean,
): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `koers-bench-${backend.name}-`));
  const db = await startEmbeddedDatabase({ dataDir, ...backend.options });
  const name = `koers_bench_${process.pid}`;
  const connection = await openDatabase(db.uri, name);
  try {
    const models = createModels(connection);
    await seedDatabase(models);
    const admin = await createBenchAdmin(models);
    const koers = await startKoersProcess(`${db.uri}${name}`, 0);
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
    await connection.db?.dropDatabase();
    await connection.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

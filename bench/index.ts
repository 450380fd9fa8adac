/**
 * `npm run bench` (`-- --quick` for a short run): measures Koers on this machine and writes
 * bench/results.json. Every figure that has a reference is measured against it in the same run,
 * because these machines are shared and noisy. Servers run on core 0, this load generator on core 1.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db/connection';
import { startEmbeddedDatabase } from '../server/db/ferretdb';
import { createModels } from '../server/db/models';
import { seedDatabase } from '../seeds/seed';
import {
  hotRoomBenchmark,
  manyRoomsBenchmark,
  memoryCyclesBenchmark,
  persistenceLagBenchmark,
} from './collab/load';
import {
  propagationBenchmarks,
  firstSyncBenchmark,
  firstSyncBesideLogsBenchmark,
  memoryPerDocumentBenchmark,
} from './collab/suite';
import { BACKENDS, backendBenchmark } from './graphql/backends';
import { fanoutBenchmark } from './graphql/fanout';
import { prepareScale, subscriberLatencyBenchmark, writeThroughputBenchmark } from './graphql/scale';
import { webTransferBenchmark } from './web/transfer';
import { graphqlBenchmarks } from './graphql/suite';
import { countCommands, fullMatrixBenchmark, graphqlScenarios } from './graphql/scenarios';
import { createBenchAdmin, createRoadmap } from './lib/fixtures';
import { settledWithin } from './lib/deadline';
import { MetricSet } from './lib/metrics';
import { canPin, pinSelf, startKoersProcess, startStockYServer } from './lib/processes';

const quick = process.argv.includes('--quick');
const phaseLimitMs = (quick ? 90 : 600) * 1000;
const unfinished: string[] = [];

/** How long a phase that ran out of time gets to stop before the next phase starts. */
const STOP_GRACE_MS = 30_000;

/**
 * Runs one benchmark phase with a time limit, so one stuck phase cannot stop the others from
 * reporting; a phase that fails or runs out of time is listed in results.json as unfinished. A
 * phase out of time is told to stop (its signal aborts) and waited for: left running, it loaded
 * the machine under the next phases' figures (the PostgreSQL phase of one full run went on
 * through the co-editing phases).
 */
async function phase(name: string, run: (signal: AbortSignal) => Promise<void>): Promise<void> {
  if (!selected(name)) return;
  const stop = new AbortController();
  const running = run(stop.signal);
  try {
    if (!(await settledWithin(running, phaseLimitMs))) throw new Error(`over ${phaseLimitMs / 1000} s`);
  } catch (error) {
    unfinished.push(`${name}: ${(error as Error).message}`);
    console.error(`${name} did not finish: ${(error as Error).message}`);
    stop.abort();
    await settledWithin(
      running.catch(() => undefined),
      STOP_GRACE_MS,
    );
  }
}

/** `--only collab`, `--only graphql` or `--only <phase>` (e.g. `collab.first_sync`) runs a part. */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const selected = (name: string) =>
  !only || name === only || name.startsWith(`${only}.`) || only.startsWith(`${name}.`);
const runs = (area: 'graphql' | 'collab' | 'web') => selected(area);
const started = Date.now();
const metrics = new MetricSet();

// Pinned before the database starts, so the database shares the load generator's core, not the
// server's: the stock server has no database to compete with either.
pinSelf(1);
const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-bench-'));
const db = await startEmbeddedDatabase({ dataDir });
const mongoUri = `${db.uri}koers_bench`;
const connection = await openDatabase(db.uri, 'koers_bench');
const models = createModels(connection);
if (runs('graphql') || runs('web')) {
  console.log('seeding the bench database…');
  await seedDatabase(models);
}
const admin = await createBenchAdmin(models);

const koers = await startKoersProcess(mongoUri, 0);
const stock = await startStockYServer(0, 41234);
try {
  if (runs('graphql')) {
    console.log('GraphQL…');
    await phase('graphql.load', async () => {
      const scenarios = await graphqlScenarios(models, koers.url, admin.token);
      await graphqlBenchmarks(koers.url, scenarios, metrics, quick, (scenario) =>
        countCommands(mongoUri, scenario),
      );
      await fullMatrixBenchmark(koers.url, scenarios, metrics);
    });
    console.log('  graphql.fanout');
    await phase('graphql.fanout', () => fanoutBenchmark(koers.url, admin.token, models, metrics, quick));
    console.log('  graphql.scale (342 × 92 records, 20 editors writing, 200 watching)');
    await phase('graphql.scale', async () => {
      const scale = await prepareScale(models);
      await writeThroughputBenchmark(koers.url, scale, metrics, quick);
      await subscriberLatencyBenchmark(koers.url, scale, metrics, quick);
    });
    for (const backend of BACKENDS) {
      console.log(`  graphql.backend.${backend.name}`);
      await phase(`graphql.backend.${backend.name}`, (signal) =>
        backendBenchmark(backend, metrics, quick, signal),
      );
    }
  }

  if (runs('web')) {
    console.log('web app (Chromium, empty cache)…');
    await phase('web.transfer', async () => {
      const roadmapId = await createRoadmap(koers.url, admin.token, admin.taskforceId, 'Bench web');
      await webTransferBenchmark(koers.url, admin.token, roadmapId, metrics, quick);
    });
  }

  if (runs('collab')) {
    console.log('co-editing…');
    const targets = {
      koers,
      stock,
      token: admin.token,
      newRoadmap: (title: string) => createRoadmap(koers.url, admin.token, admin.taskforceId, title),
      persistedEdits: async (roadmapId: string) =>
        (await models.CollabUpdate.countDocuments({ docName: `roadmap:${roadmapId}` })) +
        (await models.CollabSnapshot.countDocuments({ _id: `roadmap:${roadmapId}` })),
    };
    await phase('collab.propagation', () => propagationBenchmarks(targets, metrics, quick));
    await phase('collab.first_sync', () => firstSyncBenchmark(targets, metrics, quick));
    await phase('collab.first_sync_beside_logs', () => firstSyncBesideLogsBenchmark(targets, metrics, quick));
    await phase('collab.memory', () => memoryPerDocumentBenchmark(targets, metrics, quick));
    await phase('collab.many_rooms', () => manyRoomsBenchmark(targets, metrics, quick));
    await phase('collab.hot_room', () => hotRoomBenchmark(targets, metrics, quick));
    await phase('collab.persistence_lag', () => persistenceLagBenchmark(targets, models, metrics, quick));
    await phase('collab.memory_cycles', () => memoryCyclesBenchmark(targets, metrics, quick));
  }
} finally {
  await koers.stop();
  await stock.stop();
  await connection.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const commit = execSync('git rev-parse --short HEAD 2>/dev/null || echo unknown', {
  encoding: 'utf8',
}).trim();
const results = {
  date: new Date().toISOString(),
  commit,
  quick,
  seconds: Math.round((Date.now() - started) / 1000),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    pinned: canPin,
  },
  metrics: metrics.all,
  unfinished,
};
writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.table(
  metrics.all.map(({ name, value, unit, reference, ratio, goal }) => ({
    name,
    value,
    unit,
    reference,
    ratio,
    goal,
  })),
);

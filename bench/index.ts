/**
 * `npm run bench`: measures Koers on this machine and writes bench/results.json. Every figure is a
 * ratio against a reference measured in the same run, because these machines are shared and noisy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import autocannon from 'autocannon';
import { startKoers } from '../server/app';
import { loadConfig } from '../server/config';
import { startEmbeddedDatabase } from '../server/db/ferretdb';
import { createLogger } from '../server/logger';

interface Metric {
  name: string;
  value: number;
  unit: string;
  reference: number | null;
  ratio: number | null;
}

const quick = process.argv.includes('--quick');
const duration = quick ? 5 : 15;

async function load(url: string, body: string) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 50,
    duration,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-bench-'));
const db = await startEmbeddedDatabase({ dataDir });
const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MONGODB_URI: `${db.uri}koers_bench` });
const server = await startKoers(config, createLogger('silent'));
const metrics: Metric[] = [];
try {
  const typename = await load(server.url, JSON.stringify({ query: '{ __typename }' }));
  metrics.push({
    name: 'graphql.typename.rps',
    value: typename.rps,
    unit: 'req/s',
    reference: null,
    ratio: null,
  });
  metrics.push({
    name: 'graphql.typename.p99_ms',
    value: typename.p99,
    unit: 'ms',
    reference: null,
    ratio: null,
  });
  metrics.push({
    name: 'graphql.typename.errors',
    value: typename.errors,
    unit: 'count',
    reference: 0,
    ratio: null,
  });
} finally {
  await server.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const commit = execSync('git rev-parse --short HEAD 2>/dev/null || echo unknown', {
  encoding: 'utf8',
}).trim();
const results = {
  date: new Date().toISOString(),
  commit,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  quick,
  metrics,
};
writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.table(metrics);

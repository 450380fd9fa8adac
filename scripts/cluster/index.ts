/**
 * `npm run cluster`: Koers as a deployment runs it, on this machine: nginx (port `CLUSTER_PORT`,
 * default 8080) in front of two compiled Koers processes, one database (`MONGODB_URI`, or the
 * embedded FerretDB on `DATA_DIR`) and Redis (`REDIS_URL`, or a redis-server started for the run).
 * Needs `npm run build` and Debian's nginx and redis-server. Ctrl-C stops everything.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/ferretdb';
import { freePort, startCluster } from './cluster';

async function startRedis(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: 'ignore',
  });
  await new Promise<void>((resolve, reject) => {
    redis.once('error', () =>
      reject(new Error('redis-server is not installed: apt-get install redis-server')),
    );
    redis.once('spawn', () => resolve());
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => redis.kill('SIGTERM') };
}

let database: EmbeddedDatabase | undefined;
let mongodbUri = process.env.MONGODB_URI?.trim();
if (!mongodbUri) {
  database = await startEmbeddedDatabase({ dataDir: path.resolve(process.env.DATA_DIR ?? 'data') });
  mongodbUri = `${database.uri}koers`;
}
const ownRedis = process.env.REDIS_URL?.trim() ? undefined : await startRedis();
const cluster = await startCluster({
  mongodbUri,
  redisUrl: process.env.REDIS_URL?.trim() || (ownRedis?.url as string),
  redisPrefix: process.env.REDIS_PREFIX?.trim() || 'koers:',
  port: Number(process.env.CLUSTER_PORT ?? 8080),
  logLevel: process.env.LOG_LEVEL ?? 'info',
});
console.log(
  `Koers cluster on ${cluster.url}/ (nginx → ${cluster.processes
    .map((p) => `127.0.0.1:${p.port}`)
    .join(', ')}). Ctrl-C stops it.`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  ownRedis?.stop();
  await database?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

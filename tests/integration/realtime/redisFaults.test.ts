import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { startKoers, type KoersServer } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { createLogger } from '../../../server/logger';
import { buildRoadmap, clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildTaskforce, buildUser } from '../../support/factories';
import { uniqueDatabaseUri } from '../../support/server';
import { eventually } from '../../support/eventually';

/** A Redis of this test's own (the machine's must not be stopped), on a free port. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${String(code)}`)));
  });
  return child;
}

function stopRedis(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const servers: KoersServer[] = [];
const providers: WebsocketProvider[] = [];
let redis: ChildProcess | undefined;
afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const s of servers) await s.close();
  if (redis) await stopRedis(redis);
});

describe('Redis lost and back', () => {
  it('keeps each process co-editing alone, and fan-out (with what was missed) resumes', async () => {
    const port = await freePort();
    redis = await startRedis(port);
    const databaseUri = uniqueDatabaseUri();
    const prefix = `koers-test-${randomUUID().slice(0, 8)}:`;
    for (let i = 0; i < 2; i++) {
      const config = loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        MONGODB_URI: databaseUri,
        REDIS_URL: `redis://127.0.0.1:${port}`,
        REDIS_PREFIX: prefix,
      });
      servers.push(await startKoers(config, createLogger('silent')));
    }
    const [one, two] = servers as [KoersServer, KoersServer];
    const models = one.runtime.models;
    const user = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const { name } = await buildRoadmap(models, (await buildTaskforce(models, [user]))._id);
    const a = openProvider(one.port, name, user.token);
    const sameProcess = openProvider(one.port, name, user.token);
    const b = openProvider(two.port, name, user.token);
    providers.push(a, sameProcess, b);
    await Promise.all([synced(a), synced(sameProcess), synced(b)]);
    clientAddItem(a.doc, 'first', 'Met Redis');
    await eventually(() => expect(itemTitles(b.doc)).toEqual(['Met Redis']));

    await stopRedis(redis);
    redis = undefined;
    clientAddItem(a.doc, 'alone', 'Zonder Redis');
    clientAddItem(b.doc, 'other', 'Aan de andere kant');
    // Each process keeps serving its own clients.
    await eventually(() => expect(itemTitles(sameProcess.doc)).toContain('Zonder Redis'));
    expect((await fetch(`${one.url}/healthz`)).status).toBe(200);

    redis = await startRedis(port);
    // Both sides catch up on what the other did during the outage, and new edits flow again.
    const all = ['Aan de andere kant', 'Met Redis', 'Zonder Redis'];
    await eventually(() => {
      expect(itemTitles(b.doc).sort()).toEqual(all);
      expect(itemTitles(a.doc).sort()).toEqual(all);
    }, 100);
    clientAddItem(a.doc, 'after', 'Weer met Redis');
    await eventually(() => expect(itemTitles(b.doc)).toContain('Weer met Redis'));
  });
});

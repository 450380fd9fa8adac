import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/connection';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  port: number;
  databaseUri: string;
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Runs `server/index.ts` as `npm start` does, with the embedded database, and reads its log lines. */
async function startProcess(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    // NODE_ENV as `npm start` has it: Vitest's `test` would hide signal handling that differs.
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      DATA_DIR: dataDir,
      MONGODB_URI: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let databaseUri = '';
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; port?: number; uri?: string };
      if (entry.msg === 'started embedded FerretDB' && entry.uri) databaseUri = entry.uri;
      if (entry.msg === 'Koers is listening' && entry.port) resolve(entry.port);
    });
    void exited.then((code) => reject(new Error(`server exited early with ${code}`)));
  });
  return {
    port,
    databaseUri,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

describe('npm start', () => {
  it('runs on the embedded database, shuts down cleanly on SIGTERM, and keeps data across restarts', async () => {
    const first = await startProcess();
    const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
    expect(health.status).toBe(200);
    const connection = await openDatabase(first.databaseUri, 'koers');
    await connection.collection('probes').insertOne({ kept: true });
    await connection.close();

    expect(await first.stop('SIGTERM')).toBe(0);
    // The embedded FerretDB went down with the server: its port no longer answers.
    await expect(fetch(first.databaseUri.replace('mongodb', 'http'))).rejects.toThrow();

    const second = await startProcess();
    const reopened = await openDatabase(second.databaseUri, 'koers');
    expect(await reopened.collection('probes').countDocuments({ kept: true })).toBe(1);
    await reopened.close();
    expect(await second.stop('SIGINT')).toBe(0);
  });
});

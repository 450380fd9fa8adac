import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startKoersChild, type KoersChild } from './koersProcess';

const PROXY_LOCATIONS = path.resolve(import.meta.dirname, '../../deploy/nginx/koers-proxy.conf');

/** Koers as a deployment runs it: nginx in front of several processes on one database and Redis. */
export interface Cluster {
  /** `http://127.0.0.1:<nginx port>`. */
  url: string;
  port: number;
  processes: KoersChild[];
  /** Stops nginx and every process still running (gracefully: their edits are stored). */
  stop(): Promise<void>;
}

/** What {@link startCluster} needs; the database and Redis are the caller's. */
export interface ClusterOptions {
  mongodbUri: string;
  redisUrl: string;
  /** Keeps this cluster's Redis channels apart from other deployments (and other test runs). */
  redisPrefix: string;
  /** nginx's port; 0 picks a free one. */
  port?: number;
  processCount?: number;
  logLevel?: string;
  /**
   * Adds `X-Koers-Upstream: <process address>` to every response, so tests see where nginx routed
   * a client. Never in a deployment: it shows internal addresses.
   */
  revealUpstream?: boolean;
}

/** Debian's nginx, or an explanation of how to get it. */
export function nginxBinary(): string {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  throw new Error('nginx is not installed: `apt-get install nginx` (npm run setup does this when it can).');
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The nginx.conf of a local cluster: the deployment's locations, loopback upstreams. */
function nginxConfig(dir: string, port: number, upstreams: number[], revealUpstream: boolean): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream koers {
    hash $remote_addr consistent;
    ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n    ')}
  }
  server {
    listen 127.0.0.1:${port};
    # Whoever connects on loopback stands for an outer balancer: its X-Forwarded-For names the client.
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    real_ip_recursive on;
    ${revealUpstream ? 'add_header X-Koers-Upstream $upstream_addr always;' : ''}
    include ${PROXY_LOCATIONS};
  }
}
`;
}

/** Resolves once `url` answers 200, or rejects when `child` exits first. */
async function answers(url: string, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let attempt = 0; attempt < 200; attempt++) {
    if (exited) throw new Error('nginx exited during start-up (see its messages above)');
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Starts `processCount` compiled Koers processes (default 2) on one database and Redis, and nginx
 * in front of them with the deployment's proxy settings. Each process trusts loopback as its proxy.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const nginx = nginxBinary();
  const env = {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: options.redisPrefix,
    TRUST_PROXY: 'loopback',
    // 'Koers is listening' (info) is how a started process is recognised.
    LOG_LEVEL: options.logLevel ?? 'info',
  };
  const processes = await Promise.all(
    Array.from({ length: options.processCount ?? 2 }, () =>
      startKoersChild(options.mongodbUri, env, 'compiled'),
    ),
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'koers-nginx-'));
  // Run as root, nginx's workers drop to `nobody`: they must reach the temporary folders.
  chmodSync(dir, 0o755);
  for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(dir, name), { mode: 0o777 });
    chmodSync(path.join(dir, name), 0o777);
  }
  const port = options.port || (await freePort());
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(
    configFile,
    nginxConfig(
      dir,
      port,
      processes.map((p) => p.port),
      options.revealUpstream ?? false,
    ),
  );
  const proxy = spawn(nginx, ['-p', dir, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const proxyExited = new Promise<void>((resolve) => proxy.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await answers(`${url}/livez`, proxy);
  } catch (error) {
    proxy.kill('SIGTERM');
    await Promise.all(processes.map((p) => p.kill('SIGTERM')));
    throw error;
  }
  return {
    url,
    port,
    processes,
    async stop() {
      proxy.kill('SIGQUIT');
      await proxyExited;
      await Promise.all(processes.map((p) => p.kill('SIGTERM')));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

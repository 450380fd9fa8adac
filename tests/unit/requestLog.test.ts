import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { compileTrustProxy } from '../../server/auth/clientAddress';
import { requestLogger } from '../../server/http/requestLog';

interface Line {
  level: number;
  msg: string;
  req: { id: string; method: string; path: string };
  res: { statusCode: number };
  responseTime: number;
  address: string;
  err?: { message: string };
}

/** A server whose only layer is the request log, answering each path with the status it names. */
async function loggedServer() {
  const lines: Line[] = [];
  const arrived: Array<() => void> = [];
  const logger = pino(
    { base: null },
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(JSON.parse(chunk.toString()) as Line);
        arrived.shift()?.();
        callback();
      },
    }),
  );
  const log = requestLogger(logger, compileTrustProxy([]));
  const server: Server = createServer((request, response) =>
    log(request, response, () => {
      if (request.url?.startsWith('/hang')) return;
      response.statusCode = Number(/\/(\d+)/.exec(request.url ?? '')?.[1] ?? 200);
      response.end('answer');
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Resolves once `count` lines have been written in all. */
  const linesWritten = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => (lines.length >= count ? resolve() : arrived.push(check));
      check();
    });
  return { server, url, lines, linesWritten };
}

describe('request log', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('writes one line per request with its id, method, path (no query), status, time and address', async () => {
    const logged = await loggedServer();
    server = logged.server;
    const answer = await fetch(`${logged.url}/200?token=secret`, {
      headers: { 'x-request-id': 'nginx-0123456789abcdef' },
    });
    expect(answer.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    await fetch(`${logged.url}/404`, { method: 'POST', body: 'x' });
    await fetch(`${logged.url}/503`);
    await logged.linesWritten(3);
    const [ok, missing, failed] = logged.lines;
    expect(ok).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: 'nginx-0123456789abcdef', method: 'GET', path: '/200' },
      res: { statusCode: 200 },
      address: '127.0.0.1',
    });
    expect(ok!.responseTime).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(ok)).not.toContain('secret');
    expect(missing).toMatchObject({
      level: 40,
      msg: 'request completed',
      req: { method: 'POST', path: '/404' },
    });
    // A request without a well-formed id of its own is logged under a new one.
    expect(missing!.req.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed).toMatchObject({
      level: 50,
      msg: 'request errored',
      res: { statusCode: 503 },
      err: { message: 'failed with status code 503' },
    });
    expect(logged.lines).toHaveLength(3);
  });

  it('logs a request the client gave up on once, as aborted, and leaves probes out', async () => {
    const logged = await loggedServer();
    server = logged.server;
    await fetch(`${logged.url}/livez`);
    const abort = new AbortController();
    const hanging = fetch(`${logged.url}/hang`, { signal: abort.signal }).catch(() => 'aborted');
    await new Promise<void>((resolve) => logged.server.once('request', () => resolve()));
    abort.abort();
    expect(await hanging).toBe('aborted');
    await logged.linesWritten(1);
    await fetch(`${logged.url}/200`);
    await logged.linesWritten(2);
    expect(logged.lines.map((line) => [line.msg, line.req.path])).toEqual([
      ['request aborted', '/hang'],
      ['request completed', '/200'],
    ]);
  });
});

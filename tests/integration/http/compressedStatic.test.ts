import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedStatic } from '../../../server/http/compressedStatic';

const root = mkdtempSync(path.join(tmpdir(), 'koers-static-'));
const script = 'export const greeting = "hallo";\n'.repeat(100);
let url = '';
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(path.join(root, 'assets'));
  const file = path.join(root, 'assets', 'main-abc123.js');
  writeFileSync(file, script);
  writeFileSync(`${file}.br`, brotliCompressSync(script));
  writeFileSync(`${file}.gz`, gzipSync(script));
  writeFileSync(`${file}.map`, '{}');
  const app = express();
  app.use(compressedStatic(root));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  rmSync(root, { recursive: true, force: true });
});

const get = (file: string, acceptEncoding: string) =>
  fetch(`${url}${file}`, { headers: { 'accept-encoding': acceptEncoding } });

describe('the built web app’s files', () => {
  it('sends brotli to a browser that lists gzip first, as Chromium does (`gzip, deflate, br, zstd`)', async () => {
    const response = await get('/assets/main-abc123.js', 'gzip, deflate, br, zstd');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(script);
  });

  it('sends gzip where brotli is not accepted, and the plain file where neither is', async () => {
    const gzip = await get('/assets/main-abc123.js', 'gzip, deflate');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(script);
    const refused = await get('/assets/main-abc123.js', 'br;q=0, gzip');
    expect(refused.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/main-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('never serves a source map', async () => {
    expect((await get('/assets/main-abc123.js.map', 'identity')).status).toBe(404);
  });
});

import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, compileTrustProxy } from '../../server/auth/clientAddress';
import { loadConfig } from '../../server/config';

function request(peer: string, forwardedFor?: string): IncomingMessage {
  const socket = { remoteAddress: peer };
  return {
    socket,
    connection: socket,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), compileTrustProxy([]))).toBe('203.0.113.7');
  });

  it('takes the nearest untrusted hop through trusted proxies, not what the client wrote', () => {
    const trust = compileTrustProxy(['10.0.0.0/8', '127.0.0.1']);
    // The client wrote 1.1.1.1 itself; the balancer (10.0.0.5) saw 198.51.100.1 and appended it.
    expect(clientAddress(request('10.0.0.5', '1.1.1.1, 198.51.100.1'), trust)).toBe('198.51.100.1');
    expect(clientAddress(request('127.0.0.1', '1.1.1.1, 198.51.100.1, 10.0.0.9'), trust)).toBe(
      '198.51.100.1',
    );
    // A peer that is not a trusted proxy is the client, whatever it forwards.
    expect(clientAddress(request('192.0.2.1', '198.51.100.1'), trust)).toBe('192.0.2.1');
  });

  it('matches IPv4-mapped IPv6 peers and the named ranges', () => {
    const trust = compileTrustProxy(['loopback']);
    expect(clientAddress(request('::ffff:127.0.0.1', '198.51.100.2'), trust)).toBe('198.51.100.2');
    expect(clientAddress(request('::1', '2001:db8::1'), trust)).toBe('2001:db8::1');
  });
});

describe('TRUST_PROXY', () => {
  it('is read as a comma-separated list and refused when an entry is not an address', () => {
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, loopback ' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/8,balancer.local' })).toThrow(/TRUST_PROXY must be/);
  });
});

import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Decides whether a hop (an address seen on the socket or in `X-Forwarded-For`) is a trusted proxy. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * Compiles `TRUST_PROXY` entries (addresses, CIDRs, or `loopback`, `linklocal`, `uniquelocal`)
 * into a trust function; throws on an entry that is neither. No entries: no proxy is trusted and
 * `X-Forwarded-For` is ignored.
 */
export function compileTrustProxy(entries: readonly string[]): TrustProxy {
  return proxyAddr.compile([...entries]);
}

/**
 * The caller's address, for HTTP requests and WebSocket upgrades alike: the socket's peer, or,
 * when that peer is a trusted proxy, the nearest address in `X-Forwarded-For` that is not one
 * (read right to left, so a client cannot choose its address by sending the header itself).
 */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  // proxy-addr reads `request.connection`, an alias Node keeps (deprecated in docs only).
  if (!request.socket.remoteAddress) return 'unknown';
  return proxyAddr(request, trust);
}

import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may point. Koers POSTs from inside the operator's network, so an URL that
 * resolves to loopback, a private range or link-local (cloud metadata at 169.254.169.254) would let
 * anyone who may register a webhook probe that network. Every address a name resolves to is
 * checked, IPv4 and IPv6, at registration and again at every delivery, and the connection is then
 * made to the checked address itself (no second lookup an attacker's DNS could answer differently).
 */
const refused = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const)
  refused.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 reaches IPv4 addresses, private ones too
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  refused.addSubnet(network, prefix, 'ipv6');

/** `::ffff:10.0.0.1` is 10.0.0.1: an IPv4-mapped IPv6 address is judged as its IPv4 address. */
function unmapped(address: string): { address: string; family: 4 | 6 } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 4 };
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

/** True for loopback, private, link-local and other addresses that are not the public internet. */
export function isPrivateAddress(address: string): boolean {
  const { address: plain, family } = unmapped(address);
  return refused.check(plain, family === 6 ? 'ipv6' : 'ipv4');
}

/** One resolved address to connect to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Why an URL is refused (the `reason` of BAD_USER_INPUT on `url`, or a delivery's error). */
export class WebhookAddressError extends Error {}

/** What the configuration allows. */
export interface AddressPolicy {
  allowHttp: boolean;
  allowPrivate: boolean;
}

/** The parsed URL when its form is acceptable (scheme, no credentials); throws WebhookAddressError. */
export function parseWebhookUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookAddressError('must be an absolute URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp))
    throw new WebhookAddressError(policy.allowHttp ? 'must be an http(s) URL' : 'must be an https URL');
  if (url.username || url.password) throw new WebhookAddressError('must not contain a user name or password');
  return url;
}

/**
 * Resolves `url`'s host and checks every address; returns the first to connect to. Throws
 * WebhookAddressError when the name does not resolve or any address is private (unless allowed).
 */
export async function resolveWebhookHost(url: URL, policy: AddressPolicy): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) as 4 | 6 }];
  else {
    try {
      const found = await lookup(host, { all: true, verbatim: true });
      addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } catch {
      throw new WebhookAddressError(`the host ${host} does not resolve`);
    }
  }
  if (addresses.length === 0) throw new WebhookAddressError(`the host ${host} does not resolve`);
  const denied = policy.allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
  if (denied)
    throw new WebhookAddressError(`resolves to ${denied.address}, a loopback, private or link-local address`);
  return addresses[0]!;
}

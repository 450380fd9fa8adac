import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './address';

/** A delivery attempt gives up after this long without a complete response. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of a failing response's body is kept in the delivery log. */
const EXCERPT_LENGTH = 500;

/** What one POST came to. */
export interface SendOutcome {
  responseCode: number | null;
  durationMs: number;
  /** Why there was no response, or the start of a non-2xx response's body. */
  error: string | null;
}

/** A `lookup` that answers the checked address, so the socket goes where the check looked. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

/**
 * POSTs `body` to `url`, connecting to `pinned` (TLS still checks the certificate against the
 * URL's host name). Reads at most a short excerpt of the response and never follows redirects.
 */
export function postJson(
  url: URL,
  pinned: ResolvedAddress,
  body: string,
  headers: Record<string, string>,
  clock: () => number = () => performance.now(),
): Promise<SendOutcome> {
  const started = clock();
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (responseCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ responseCode, durationMs: Math.round(clock() - started), error });
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup: pinnedLookup(pinned),
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          'User-Agent': 'Koers-Webhooks/1',
          ...headers,
        },
      },
      (response) => {
        const code = response.statusCode ?? null;
        if (code !== null && code >= 200 && code < 300) {
          response.resume();
          finish(code, null);
          return;
        }
        let excerpt = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          excerpt += chunk;
          if (excerpt.length >= EXCERPT_LENGTH) finish(code, excerpt.slice(0, EXCERPT_LENGTH));
        });
        response.on('end', () => finish(code, excerpt.slice(0, EXCERPT_LENGTH) || null));
        response.on('error', () => finish(code, excerpt.slice(0, EXCERPT_LENGTH) || null));
      },
    );
    const timer = setTimeout(
      () => finish(null, `no response within ${DELIVERY_TIMEOUT_MS / 1000} s`),
      DELIVERY_TIMEOUT_MS,
    );
    request.on('error', (error) => finish(null, error.message.slice(0, EXCERPT_LENGTH)));
    request.end(body);
  });
}

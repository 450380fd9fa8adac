import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A request id a proxy may pass on (`X-Request-Id`, e.g. nginx's `$request_id`): short and plain. */
const PASSED_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * The id under which a request is logged: the proxy's `X-Request-Id` when it is well-formed (so
 * the balancer's log and Koers's agree), a new UUID otherwise.
 */
export function requestIdOf(request: IncomingMessage): string {
  const passed = request.headers['x-request-id'];
  return typeof passed === 'string' && PASSED_ID.test(passed) ? passed : randomUUID();
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, type TrustProxy } from '../auth/clientAddress';
import type { Logger } from '../logger';
import { requestIdOf } from '../observability/requestId';

/** Probes and scrapes come every few seconds and say nothing about users: not logged. */
const QUIET_PATHS = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

/**
 * One JSON log line per HTTP request with a request id: the proxy's `X-Request-Id` when it is
 * well-formed, a new UUID otherwise, echoed in the `X-Request-Id` response header. Headers and
 * query strings are left out: they carry bearer tokens.
 *
 * The line is pino-http's (its fields and messages), written by the root logger when the response
 * is done: pino-http made a child logger per request and ran its serializers on it, about a
 * twentieth of the server's CPU under the bench's mix (profiled), for a line of six fields.
 */
export function requestLogger(logger: Logger, trust: TrustProxy) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const id = requestIdOf(request);
    // Written back so later layers (Apollo sees only headers) read the id this log line has.
    request.headers['x-request-id'] = id;
    response.setHeader('X-Request-Id', id);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!QUIET_PATHS.has(path)) {
      const started = Date.now();
      let logged = false;
      // Whichever comes first: the response sent, the connection closed before it was, an error.
      const done = (error?: Error) => {
        if (logged) return;
        logged = true;
        const { statusCode } = response;
        const line = {
          req: { id, method: request.method, path },
          res: { statusCode },
          responseTime: Date.now() - started,
          address: clientAddress(request, trust),
        };
        if (error || statusCode >= 500) {
          logger.error(
            { ...line, err: error ?? new Error(`failed with status code ${statusCode}`) },
            'request errored',
          );
        } else {
          logger[statusCode >= 400 ? 'warn' : 'info'](
            line,
            response.writableFinished ? 'request completed' : 'request aborted',
          );
        }
      };
      response.on('finish', done);
      response.on('close', done);
      response.on('error', done);
    }
    next();
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { clientAddress, type TrustProxy } from '../auth/clientAddress';
import type { Logger } from '../logger';
import { requestIdOf } from '../observability/requestId';

/** Probes and scrapes come every few seconds and say nothing about users: not logged. */
const QUIET_PATHS = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

/**
 * One JSON log line per HTTP request (pino-http) with a request id: the proxy's `X-Request-Id`
 * when it is well-formed, a new UUID otherwise, echoed in the `X-Request-Id` response header.
 * Headers and query strings are left out: they carry bearer tokens.
 */
export function requestLogger(logger: Logger, trust: TrustProxy) {
  const withAddress = (request: IncomingMessage, line: object) => ({
    ...line,
    address: clientAddress(request, trust),
  });
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    genReqId(request, response) {
      const id = requestIdOf(request);
      // Written back so later layers (Apollo sees only headers) read the id this log line has.
      request.headers['x-request-id'] = id;
      response.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (request) => QUIET_PATHS.has(pathOf(request)) },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    // Added to the one line written when the response is done: pino-http's `customProps` made two
    // more child loggers per request (the request log took about a twentieth of the server's CPU
    // under load, profiled).
    customSuccessObject: (request, _response, line) => withAddress(request, line),
    customErrorObject: (request, _response, _error, line) => withAddress(request, line),
    // The raw request and response: pino-http's wrappers copy every header first.
    wrapSerializers: false,
    serializers: {
      req: (request: IncomingMessage & { id: string }) => ({
        id: request.id,
        method: request.method,
        path: pathOf(request),
      }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
    },
  });
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0] ?? '/';
}

import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../../common/errorCodes';
import type { Logger } from '../logger';

/** What the body parser says about a request it could not read (body-parser's `type`). */
const BODY_PROBLEMS: Record<string, string> = {
  'entity.parse.failed': 'De body is geen geldige JSON.',
  'entity.too.large': 'De body is te groot.',
  'charset.unsupported': 'Deze tekenset wordt niet ondersteund; gebruik UTF-8.',
  'encoding.unsupported': 'Deze content-encoding wordt niet ondersteund.',
  'entity.verify.failed': 'De body kon niet worden gelezen.',
  'request.aborted': 'Het verzoek werd afgebroken.',
  'request.size.invalid': 'De lengte van de body klopt niet.',
  'stream.encoding.set': 'De body kon niet worden gelezen.',
};

interface HttpError {
  status?: unknown;
  type?: unknown;
}

/**
 * The last Express error handler: whatever went wrong before a route answered (a body that is not
 * JSON, an unknown charset, a body over the limit, a malformed URL, an unexpected throw) is answered
 * as a GraphQL-shaped JSON error, never Express's HTML page with a stack trace and file paths. A
 * client error keeps its 4xx status and gets `BAD_REQUEST`; anything else is a neutral 500,
 * logged on the server.
 */
export function jsonErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const { status, type } = (error ?? {}) as HttpError;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) logger.error({ err: error }, 'unexpected HTTP error');
    const message = clientError
      ? (BODY_PROBLEMS[String(type)] ?? 'Het verzoek is ongeldig.')
      : 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
    res
      .status(clientError ? status : 500)
      .set('Cache-Control', 'no-store')
      .json({
        errors: [{ message, extensions: { code: clientError ? 'BAD_REQUEST' : ErrorCode.Internal } }],
      });
  };
}

import type { Request, Response } from 'express';
import type { Connection } from 'mongoose';
import { pingDatabase } from '../db/connection';

/** `GET /healthz`: 200 when the database answers, 503 otherwise, so load balancers can route around. */
export function healthHandler(connection: Connection) {
  return async (_req: Request, res: Response): Promise<void> => {
    const dbOk = await pingDatabase(connection);
    res
      .status(dbOk ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(dbOk ? { status: 'ok', db: 'ok' } : { status: 'unavailable', db: 'unreachable' });
  };
}

import type { Request, Response } from 'express';

/** Tells whether the process has begun to shut down; `/readyz` fails from then on. */
export interface Readiness {
  stopping(): boolean;
  /** The database answers (a ping within its timeout). */
  databaseUp(): Promise<boolean>;
}

/** `GET /livez`: 200 while the process serves HTTP at all; a failing one should be restarted. */
export function livenessHandler(_req: Request, res: Response): void {
  res.status(200).set('Cache-Control', 'no-store').json({ status: 'ok' });
}

/**
 * `GET /readyz`: 200 while this process should get traffic; 503 from the first termination
 * signal (so a load balancer drains it before its sockets close) and while the database does not
 * answer.
 */
export function readinessHandler(readiness: Readiness) {
  return async (_req: Request, res: Response): Promise<void> => {
    res.set('Cache-Control', 'no-store');
    if (readiness.stopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const db = await readiness.databaseUp();
    res
      .status(db ? 200 : 503)
      .json(db ? { status: 'ok', db: 'ok' } : { status: 'unavailable', db: 'unreachable' });
  };
}

import type { NextFunction, Request, Response } from 'express';
import { httpDuration, registry } from '../observability/metrics';

/** First path segments that name a route class; anything else is the web app or a 404. */
const ROUTES = new Set(['graphql', 'collab', 'export', 'feeds', 'config.json', 'assets', 'kaart']);
const PROBES = new Set(['healthz', 'livez', 'readyz', 'metrics']);

/** A bounded label for a path: its route class, never the path itself (ids would explode it). */
export function routeClass(path: string): string {
  const first = path.split('/')[1] ?? '';
  if (ROUTES.has(first)) return `/${first}`;
  if (PROBES.has(first)) return 'probe';
  return 'app';
}

/** Times every HTTP request into `koers_http_request_duration_seconds`. */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const stop = httpDuration.startTimer();
  res.once('finish', () =>
    stop({
      method: req.method,
      route: routeClass(req.originalUrl.split('?')[0] ?? '/'),
      status: String(res.statusCode),
    }),
  );
  next();
}

/** `GET /metrics`: Prometheus text. Reachable by anyone who reaches the port: see docs/deploy.md. */
export async function metricsHandler(_req: Request, res: Response): Promise<void> {
  res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store');
  res.send(await registry.metrics());
}

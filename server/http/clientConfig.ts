import type { Request, Response } from 'express';

/** What the web app may know about the server's configuration (nothing secret). */
export interface ClientConfig {
  /** TopoJSON or GeoJSON with municipal boundaries keyed by CBS code, or null to draw centroids only. */
  mapBoundariesUrl: string | null;
}

/** `GET /config.json`: the public client configuration. */
export function clientConfigHandler(config: { mapBoundariesUrl: string | undefined }) {
  const body: ClientConfig = { mapBoundariesUrl: config.mapBoundariesUrl ?? null };
  return (_req: Request, res: Response): void => {
    res.set('Cache-Control', 'no-cache').json(body);
  };
}

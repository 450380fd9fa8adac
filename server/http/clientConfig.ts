import type { Request, Response } from 'express';

/**
 * The 2025 municipal boundaries shipped with Koers (client/public/kaart/, see seeds/README.md):
 * generalized CBS Gebiedsindelingen via PDOK, CC BY 4.0, which asks for this attribution.
 */
export const DEFAULT_MAP_BOUNDARIES = {
  url: '/kaart/gemeenten-2025.topojson',
  attribution: 'CBS / PDOK, CC BY 4.0',
} as const;

/** What the web app may know about the server's configuration (nothing secret). */
export interface ClientConfig {
  /** TopoJSON or GeoJSON with municipal boundaries keyed by CBS code. */
  mapBoundariesUrl: string;
  /** Source and licence to show with the shipped boundaries; null for a file set by the operator. */
  mapBoundariesAttribution: string | null;
}

/** `GET /config.json`: the public client configuration; `MAP_BOUNDARIES_URL` replaces the shipped map. */
export function clientConfigHandler(config: { mapBoundariesUrl: string | undefined }) {
  const body: ClientConfig = config.mapBoundariesUrl
    ? { mapBoundariesUrl: config.mapBoundariesUrl, mapBoundariesAttribution: null }
    : {
        mapBoundariesUrl: DEFAULT_MAP_BOUNDARIES.url,
        mapBoundariesAttribution: DEFAULT_MAP_BOUNDARIES.attribution,
      };
  return (_req: Request, res: Response): void => {
    res.set('Cache-Control', 'no-cache').json(body);
  };
}

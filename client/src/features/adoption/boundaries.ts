import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** Turns a TopoJSON topology (its first object, whatever its name) or GeoJSON into features. */
export function toFeatureCollection(data: unknown): FeatureCollection | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  if (data.type === 'FeatureCollection') return data as FeatureCollection;
  if (data.type === 'Topology') {
    const topology = data as Topology;
    const first = Object.values(topology.objects)[0];
    if (!first) return null;
    const result = feature(topology, first);
    return result.type === 'FeatureCollection' ? result : { type: 'FeatureCollection', features: [result] };
  }
  return null;
}

/** Municipal boundaries to draw, and the attribution their licence asks for (if any). */
export interface Boundaries {
  features: FeatureCollection;
  attribution: string | null;
}

/** Reads `/config.json` and loads the boundary file it names; null when there is none or it fails. */
export async function loadBoundaries(signal?: AbortSignal): Promise<Boundaries | null> {
  const configResponse = await fetch('/config.json', { signal });
  if (!configResponse.ok) return null;
  const config = (await configResponse.json()) as {
    mapBoundariesUrl?: string | null;
    mapBoundariesAttribution?: string | null;
  };
  if (!config.mapBoundariesUrl) return null;
  const response = await fetch(config.mapBoundariesUrl, { signal });
  if (!response.ok) return null;
  const features = toFeatureCollection(await response.json());
  return features ? { features, attribution: config.mapBoundariesAttribution ?? null } : null;
}

import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import type { AdoptionStatus } from '../../gql/graphql';
import { statusColor } from './status';

/** One municipality on the map. */
export interface MapPoint {
  code: string;
  name: string;
  lat: number;
  lon: number;
  status: AdoptionStatus;
  /** The status is generated demo data, not a measurement. */
  demo?: boolean;
}

/** Props of {@link AdoptionMap}. */
export interface AdoptionMapProps {
  points: readonly MapPoint[];
  /** Municipal boundaries keyed by CBS code (feature id or `properties.statcode`), when configured. */
  boundaries?: FeatureCollection | null;
  /** Accessible name; the page offers the province table as the text equivalent. */
  label: string;
  /** Localised status names for the tooltips. */
  statusLabel: (status: AdoptionStatus) => string;
}

const WIDTH = 480;
const HEIGHT = 560;
const PADDING = 12;

/** The Netherlands' extent (WGS84 lon/lat corners), used when no boundary file is loaded. */
const NETHERLANDS_EXTENT: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [3.31, 50.75],
    [7.23, 53.56],
  ],
};

/** The CBS code of a boundary feature: its id, or `statcode` in its properties. */
export function featureCode(feature: Feature<Geometry | null>): string | undefined {
  if (typeof feature.id === 'string') return feature.id;
  const statcode = (feature.properties as { statcode?: unknown } | null)?.statcode;
  return typeof statcode === 'string' ? statcode : undefined;
}

/**
 * Every municipality as a circle at its centroid (Mercator fitted to the Netherlands), and its real
 * outline underneath when boundaries are given; both coloured per adoption status.
 */
export function AdoptionMap({ points, boundaries, label, statusLabel }: AdoptionMapProps) {
  const projection = useMemo(
    () =>
      geoMercator().fitExtent(
        [
          [PADDING, PADDING],
          [WIDTH - PADDING, HEIGHT - PADDING],
        ],
        boundaries ?? NETHERLANDS_EXTENT,
      ),
    [boundaries],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const statusByCode = useMemo(() => new Map(points.map((point) => [point.code, point.status])), [points]);

  return (
    <svg
      className="koers-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="adoption-map"
    >
      {boundaries && (
        <g className="koers-map__boundaries" data-testid="map-boundaries">
          {boundaries.features.map((feature, index) => {
            const code = featureCode(feature);
            const status = code ? statusByCode.get(code) : undefined;
            const d = path(feature);
            if (!d) return null;
            return (
              <path
                key={code ?? index}
                d={d}
                data-code={code}
                fill={status ? statusColor(status) : '#f3f3f3'}
                fillOpacity={0.55}
                stroke="#666"
                strokeWidth={0.4}
              />
            );
          })}
        </g>
      )}
      <g className="koers-map__points">
        {points.map((point) => {
          const xy = projection([point.lon, point.lat]);
          if (!xy) return null;
          return (
            <circle
              key={point.code}
              cx={xy[0]}
              cy={xy[1]}
              r={boundaries ? 2.5 : 4}
              fill={statusColor(point.status)}
              stroke="#333"
              strokeWidth={0.6}
              data-code={point.code}
              data-status={point.status}
            >
              <title>{`${point.name}: ${statusLabel(point.status)}`}</title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}

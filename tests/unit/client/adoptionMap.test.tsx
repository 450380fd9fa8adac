// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdoptionMap, type MapPoint } from '../../../client/src/features/adoption/AdoptionMap';
import { toFeatureCollection } from '../../../client/src/features/adoption/boundaries';
import {
  ADOPTION_STATUSES,
  completeCounts,
  STATUS_COLORS,
  statusColor,
} from '../../../client/src/features/adoption/status';
import { StatusLegend } from '../../../client/src/features/adoption/StatusLegend';
import { StatusSummary } from '../../../client/src/features/adoption/StatusSummary';
import { i18n } from '../../../client/src/i18n';

const points: MapPoint[] = [
  { code: 'GM0344', name: 'Utrecht', lat: 52.09, lon: 5.12, status: 'ADOPTED' },
  { code: 'GM0363', name: 'Amsterdam', lat: 52.37, lon: 4.9, status: 'EXPLAINED' },
  { code: 'GM0014', name: 'Groningen', lat: 53.22, lon: 6.57, status: 'NOT_STARTED' },
];

/** A two-square topology whose only object has an arbitrary name, as PDOK files do. */
const topology: Topology = {
  type: 'Topology',
  arcs: [
    [
      [5.0, 52.0],
      [5.2, 52.0],
      [5.2, 52.2],
      [5.0, 52.2],
      [5.0, 52.0],
    ],
    [
      [4.8, 52.3],
      [5.0, 52.3],
      [5.0, 52.45],
      [4.8, 52.45],
      [4.8, 52.3],
    ],
  ],
  objects: {
    gemeente_2025: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], id: 'GM0344', properties: { statcode: 'GM0344' } },
        { type: 'Polygon', arcs: [[1]], properties: { statcode: 'GM0363' } },
      ],
    },
  },
};

describe('adoption status colours and legend', () => {
  beforeEach(() => i18n.changeLanguage('nl'));
  afterEach(cleanup);

  it('gives every status its own colour', () => {
    const colours = ADOPTION_STATUSES.map(statusColor);
    expect(new Set(colours).size).toBe(ADOPTION_STATUSES.length);
    expect(Object.keys(STATUS_COLORS).sort()).toEqual([...ADOPTION_STATUSES].sort());
  });

  it('names every colour in words in the legend', () => {
    render(<StatusLegend headingId="legend" />);
    const list = screen.getByRole('list', { name: 'Legenda' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Geadopteerd',
      'Bezig',
      'Gepland',
      'Uitgelegd (pas toe of leg uit)',
      'Niet van toepassing',
      'Niet gestart',
    ]);
    for (const [index, status] of ADOPTION_STATUSES.entries()) {
      expect(items[index]!.querySelector('circle')?.getAttribute('fill')).toBe(statusColor(status));
    }
  });

  it('fills missing statuses with zero and shows counts with text, not colour alone', () => {
    expect(completeCounts([{ status: 'ADOPTED', count: 3 }])).toContainEqual({
      status: 'NOT_STARTED',
      count: 0,
    });
    render(
      <StatusSummary
        total={4}
        byStatus={[
          { status: 'ADOPTED', count: 3 },
          { status: 'PLANNED', count: 1 },
        ]}
      />,
    );
    const adopted = screen.getByText('Geadopteerd').closest('li')!;
    expect(adopted.textContent).toContain('3');
    expect(adopted.textContent).toContain('75%');
    expect(screen.getByTestId('count-NOT_STARTED').textContent).toBe('0');
  });
});

describe('AdoptionMap', () => {
  beforeEach(() => i18n.changeLanguage('nl'));
  afterEach(cleanup);

  const statusLabel = (status: (typeof ADOPTION_STATUSES)[number]) =>
    i18n.t(`enums.adoptionStatus.${status}`);

  it('draws every municipality as a circle in its status colour, named in its tooltip', () => {
    render(<AdoptionMap points={points} label="Kaart" statusLabel={statusLabel} />);
    const map = screen.getByRole('img', { name: 'Kaart' });
    const circles = map.querySelectorAll('circle');
    expect(circles).toHaveLength(3);
    const utrecht = map.querySelector('circle[data-code="GM0344"]')!;
    expect(utrecht.getAttribute('fill')).toBe(statusColor('ADOPTED'));
    expect(utrecht.querySelector('title')?.textContent).toBe('Utrecht: Geadopteerd');
    // Mercator: Groningen (north) is drawn above Utrecht, Amsterdam (west) left of Utrecht.
    const y = (code: string) => Number(map.querySelector(`circle[data-code="${code}"]`)!.getAttribute('cy'));
    const x = (code: string) => Number(map.querySelector(`circle[data-code="${code}"]`)!.getAttribute('cx'));
    expect(y('GM0014')).toBeLessThan(y('GM0344'));
    expect(x('GM0363')).toBeLessThan(x('GM0344'));
  });

  it('draws boundaries from the first TopoJSON object, keyed by id or statcode', () => {
    const boundaries = toFeatureCollection(topology);
    expect(boundaries?.features).toHaveLength(2);
    render(<AdoptionMap points={points} boundaries={boundaries} label="Kaart" statusLabel={statusLabel} />);
    const paths = screen.getByTestId('map-boundaries').querySelectorAll('path');
    expect(paths).toHaveLength(2);
    expect(
      screen.getByTestId('map-boundaries').querySelector('path[data-code="GM0344"]')?.getAttribute('fill'),
    ).toBe(statusColor('ADOPTED'));
    expect(
      screen.getByTestId('map-boundaries').querySelector('path[data-code="GM0363"]')?.getAttribute('fill'),
    ).toBe(statusColor('EXPLAINED'));
  });

  it('accepts GeoJSON as it is and ignores anything else', () => {
    const geojson = { type: 'FeatureCollection', features: [] };
    expect(toFeatureCollection(geojson)).toBe(geojson);
    expect(toFeatureCollection({ hello: 'world' })).toBeNull();
    expect(toFeatureCollection(null)).toBeNull();
  });
});

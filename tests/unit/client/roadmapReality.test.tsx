// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, addLane, setMeta } from '../../../common/roadmapDocument';
import { RoadmapTimeline } from '../../../client/src/features/roadmapEditor/RoadmapTimeline';
import { percentOf } from '../../../client/src/features/roadmapEditor/realityText';
import { useRoadmapContent } from '../../../client/src/features/roadmapEditor/useRoadmapContent';
import type {
  RealityView,
  RoadmapReality,
} from '../../../client/src/features/roadmapEditor/useRoadmapReality';
import { i18n } from '../../../client/src/i18n';

const period = { startYear: 2025, endYear: 2034 };
const totals = (overrides: Partial<RoadmapReality['totals']> = {}): RoadmapReality['totals'] => ({
  items: 1,
  late: 0,
  applicable: 0,
  adopted: 0,
  overdue: 0,
  demo: 0,
  participants: 0,
  live: 0,
  ...overrides,
});

function buildDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    setMeta(doc, { title: 'Test', ...period });
    addLane(doc, { id: 'zaak', title: 'Zaakgericht' });
    addItem(doc, {
      id: 'zgw',
      title: 'ZGW',
      laneId: 'zaak',
      startYear: 2026,
      endYear: 2028,
      status: 'IN_PROGRESS',
      standardIds: ['s'],
      owner: null,
    });
    addItem(doc, {
      id: 'oud',
      title: 'Oud',
      laneId: 'zaak',
      startYear: 2025,
      endYear: 2025,
      status: 'PLANNED',
      standardIds: [],
      owner: null,
    });
  });
  return doc;
}

const reality: RoadmapReality = {
  roadmapId: 'r',
  year: 2026,
  totals: totals({ items: 2, late: 1, applicable: 342, adopted: 341, overdue: 1 }),
  lanes: [
    { laneId: 'zaak', totals: totals({ items: 2, late: 1, applicable: 342, adopted: 341, overdue: 1 }) },
  ],
  items: [
    {
      itemId: 'zgw',
      late: false,
      totals: totals({ applicable: 342, adopted: 341, overdue: 1, participants: 4, live: 3 }),
      standards: [],
      initiatives: [],
    },
    { itemId: 'oud', late: true, totals: totals(), standards: [], initiatives: [] },
  ],
};

function Timeline({ doc, view }: { doc: Y.Doc; view: RealityView }) {
  const content = useRoadmapContent(doc);
  return (
    <RoadmapTimeline
      doc={doc}
      content={content}
      period={period}
      canEdit={false}
      selectedItemId={null}
      editorsByItem={new Map()}
      changes={new Map()}
      reality={view}
      onSelect={() => undefined}
      selectedMilestoneId={null}
      onSelectMilestone={() => undefined}
      now={new Date('2026-07-02T00:00:00Z')}
    />
  );
}

beforeEach(() => i18n.changeLanguage('nl'));
afterEach(cleanup);

describe('reality on the timeline', () => {
  const view: RealityView = {
    reality,
    byItem: new Map(reality.items.map((item) => [item.itemId, item])),
    byLane: new Map([['zaak', reality.lanes[0]!.totals]]),
  };

  it('names adoption, overdue, rollout and lateness in words on each bar', () => {
    render(<Timeline doc={buildDoc()} view={view} />);
    // 341 of 342 is 99 %, never a rounded-up 100 %.
    screen.getByRole('button', {
      name: 'ZGW, 2026–2028, Bezig, adoptie 99 % (341 van 342), 1 gemeente over de termijn, live in 3 van 4',
    });
    screen.getByRole('button', { name: 'Oud, 2025–2025, Gepland, ⚠ te laat' });
  });

  it('sums up each lane and the roadmap, and says what the figures count', () => {
    render(<Timeline doc={buildDoc()} view={view} />);
    expect(screen.getByTestId('lane-reality').textContent).toBe(
      '2 onderdelen · adoptie 99 % (341 van 342) · 1 gemeente over de termijn · ⚠ 1 onderdeel te laat',
    );
    expect(screen.getByTestId('roadmap-reality').textContent).toContain('Hele roadmap: 2 onderdelen');
    expect(screen.getByTestId('roadmap-reality').textContent).toContain('anders alle huidige gemeenten');
  });

  it('says so in English too', async () => {
    await i18n.changeLanguage('en');
    render(<Timeline doc={buildDoc()} view={view} />);
    screen.getByRole('button', { name: /^Oud, 2025–2025, .*⚠ late$/ });
  });
});

describe('percentOf', () => {
  it('rounds down and has no share of nothing', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 2)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
  });
});

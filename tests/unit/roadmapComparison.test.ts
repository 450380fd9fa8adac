import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../../common/roadmapDocument';
import { compareSnapshots, visionDiff, type RoadmapSnapshot } from '../../server/domain/roadmap/comparison';

function item(id: string, overrides: Partial<ItemContent> = {}): ItemContent {
  return {
    id,
    title: id,
    startYear: 2026,
    endYear: 2027,
    laneId: 'a',
    status: 'PLANNED',
    standardIds: [],
    initiativeIds: [],
    owner: null,
    ...overrides,
  };
}

const then: RoadmapSnapshot = {
  lanes: [
    { id: 'a', title: 'Basis' },
    { id: 'b', title: 'Data' },
    { id: 'gone', title: 'Weg' },
  ],
  items: [
    item('same'),
    item('moved', { startYear: 2026, endYear: 2027 }),
    item('earlier', { startYear: 2028, endYear: 2030 }),
    item('renamed', { title: 'Oud' }),
    item('relaned'),
    item('removed'),
  ],
  milestones: [
    { id: 'm1', title: 'Besluit', date: '2026-03-01' },
    { id: 'm2', title: 'Livegang', date: '2027-06-30' },
    { id: 'm3', title: 'Vervallen', date: '2028-01-01' },
  ],
  vision: 'Elke gemeente werkt met open standaarden.',
};

const now: RoadmapSnapshot = {
  lanes: [
    { id: 'a', title: 'Fundament' },
    { id: 'b', title: 'Data' },
    { id: 'new', title: 'Nieuw' },
  ],
  items: [
    item('same'),
    item('moved', { startYear: 2027, endYear: 2030 }),
    item('earlier', { startYear: 2027, endYear: 2029 }),
    item('renamed', { title: 'Nieuw', status: 'DONE' }),
    item('relaned', { laneId: 'b' }),
    item('added'),
  ],
  milestones: [
    { id: 'm1', title: 'Besluit', date: '2026-03-01' },
    { id: 'm2', title: 'Livegang', date: '2029-01-15' },
    { id: 'm4', title: 'Evaluatie', date: '2030-01-01' },
  ],
  vision: 'Elke gemeente werkt samen met open standaarden.',
};

describe('compareSnapshots', () => {
  const result = compareSnapshots(then, now);

  it('lists added and removed items, and the years of moved ones', () => {
    expect(result.added).toEqual([{ id: 'added', title: 'added' }]);
    expect(result.removed).toEqual([{ id: 'removed', title: 'removed' }]);
    expect(result.moved.map((m) => [m.id, m.from, m.to])).toEqual([
      ['moved', { startYear: 2026, endYear: 2027 }, { startYear: 2027, endYear: 2030 }],
      ['earlier', { startYear: 2028, endYear: 2030 }, { startYear: 2027, endYear: 2029 }],
    ]);
  });

  it('names the fields that changed, with lane titles rather than ids', () => {
    expect(result.changed.map((c) => [c.id, c.fields])).toEqual([
      ['moved', ['YEARS']],
      ['earlier', ['YEARS']],
      ['renamed', ['TITLE', 'STATUS']],
      ['relaned', ['LANE']],
    ]);
    const renamed = result.changed.find((c) => c.id === 'renamed');
    expect(renamed).toMatchObject({
      fromTitle: 'Oud',
      toTitle: 'Nieuw',
      fromStatus: 'PLANNED',
      toStatus: 'DONE',
    });
    // Lane `a` was renamed: each side shows the title it had then.
    expect(result.changed.find((c) => c.id === 'relaned')).toMatchObject({
      fromLane: 'Basis',
      toLane: 'Data',
    });
  });

  it('compares milestones and lanes', () => {
    expect(result.milestonesAdded.map((m) => m.id)).toEqual(['m4']);
    expect(result.milestonesRemoved.map((m) => m.id)).toEqual(['m3']);
    expect(result.milestonesMoved).toEqual([
      { id: 'm2', title: 'Livegang', fromDate: '2027-06-30', toDate: '2029-01-15' },
    ]);
    expect(result.lanes).toEqual({
      added: [{ id: 'new', title: 'Nieuw' }],
      removed: [{ id: 'gone', title: 'Weg' }],
      renamed: [{ id: 'a', fromTitle: 'Basis', toTitle: 'Fundament' }],
    });
  });

  it('lists as drift only what slipped later, most years first', () => {
    expect(result.drift).toEqual([
      { kind: 'ITEM', id: 'moved', title: 'moved', from: '2027', to: '2030', years: 3, days: null },
      {
        kind: 'MILESTONE',
        id: 'm2',
        title: 'Livegang',
        from: '2027-06-30',
        to: '2029-01-15',
        years: 2,
        days: 565,
      },
    ]);
  });

  it('finds nothing between a snapshot and itself', () => {
    const same = compareSnapshots(then, then);
    expect([same.added, same.removed, same.changed, same.drift, same.milestonesMoved]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(same.vision.changed).toBe(false);
  });
});

describe('visionDiff', () => {
  it('marks added and removed words and keeps the rest', () => {
    const diff = visionDiff(
      'Elke gemeente werkt met open standaarden.',
      'Elke gemeente werkt samen met standaarden.',
    );
    expect(diff.changed).toBe(true);
    expect(diff.parts.filter((p) => p.kind !== 'SAME').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['ADDED', 'samen'],
      ['REMOVED', 'open'],
    ]);
    expect(
      diff.parts
        .filter((p) => p.kind !== 'ADDED')
        .map((p) => p.text)
        .join(''),
    ).toBe('Elke gemeente werkt met open standaarden.');
  });

  it('is empty for two empty visions', () => {
    expect(visionDiff('', '')).toEqual({ changed: false, parts: [] });
  });
});

import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { ObligationRecord } from '../../server/db/models/Obligation';
import type { AdoptionCell } from '../../server/db/stores/adoptionStatuses';
import {
  isLate,
  rolloutFigures,
  standardFigures,
  targetReached,
  totalsOf,
  type RealityWorld,
} from '../../server/domain/roadmap/realityFigures';

const cell = (status: AdoptionCell['status'], demo = false): AdoptionCell => ({
  id: '000000000000000000000001',
  status,
  needsReview: false,
  demo,
});

function obligation(overrides: Partial<ObligationRecord>): ObligationRecord {
  return {
    _id: new Types.ObjectId(),
    programmeId: new Types.ObjectId(),
    standardId: null,
    cooperationId: null,
    scope: 'ALL',
    municipalityIds: [],
    deadline: null,
    bindingLevel: 'VERPLICHT',
    ...overrides,
  } as ObligationRecord;
}

function world(overrides: Partial<RealityWorld> = {}): RealityWorld {
  return {
    municipalityIds: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    obligationsByStandard: new Map(),
    members: new Map([['coop', new Set(['GM0003', 'GM0004'])]]),
    cells: new Map([
      [
        's',
        new Map([
          ['GM0001', cell('ADOPTED')],
          ['GM0002', cell('EXPLAINED')],
          ['GM0003', cell('IN_PROGRESS', true)],
          ['GM0004', cell('ADOPTED')],
        ]),
      ],
    ]),
    today: '2030-06-01',
    ...overrides,
  };
}

describe('standardFigures', () => {
  it('counts every current municipality when no programme asks for the standard', () => {
    expect(standardFigures('s', world())).toEqual({
      standardId: 's',
      basis: 'ALL_MUNICIPALITIES',
      applicable: 4,
      adopted: 2,
      overdue: 0,
      hasDeadline: false,
      demo: 1,
    });
  });

  it('counts the municipalities under an obligation, overdue past its deadline unless adopted or explained', () => {
    const obligations = [
      obligation({ scope: 'LIST', municipalityIds: ['GM0001', 'GM0002'], deadline: '2029-12-31' }),
      obligation({ scope: 'COOPERATION', cooperationId: 'coop' as never, deadline: '2031-01-01' }),
    ];
    const figures = standardFigures('s', world({ obligationsByStandard: new Map([['s', obligations]]) }));
    expect(figures).toEqual({
      standardId: 's',
      basis: 'OBLIGATION',
      applicable: 4,
      adopted: 2,
      overdue: 0,
      hasDeadline: true,
      demo: 1,
    });
    const past = standardFigures(
      's',
      world({
        obligationsByStandard: new Map([
          ['s', [obligation({ scope: 'LIST', municipalityIds: ['GM0003'], deadline: '2029-01-01' })]],
        ]),
      }),
    );
    expect(past).toMatchObject({ applicable: 1, adopted: 0, overdue: 1 });
  });
});

describe('rolloutFigures', () => {
  it('counts live participants of those that did not withdraw', () => {
    const at = new Date();
    const participants = (['LIVE', 'PREPARING', 'WITHDRAWN', 'LIVE'] as const).map((status, i) => ({
      municipalityId: `GM000${i}`,
      status,
      startedOn: null,
      liveOn: null,
      updatedAt: at,
    }));
    expect(rolloutFigures('q', participants)).toEqual({ initiativeId: 'q', live: 2, participants: 3 });
  });
});

describe('targetReached and isLate', () => {
  const full = {
    standardId: 's',
    basis: 'ALL_MUNICIPALITIES' as const,
    applicable: 3,
    adopted: 3,
    overdue: 0,
    hasDeadline: false,
    demo: 0,
  };

  it('judges an item without links by its status', () => {
    expect(targetReached('DONE', [], [])).toBe(true);
    expect(targetReached('IN_PROGRESS', [], [])).toBe(false);
  });

  it('judges a linked item by reality, whatever its status says', () => {
    expect(targetReached('PLANNED', [full], [{ initiativeId: 'q', live: 2, participants: 2 }])).toBe(true);
    expect(targetReached('DONE', [{ ...full, adopted: 2 }], [])).toBe(false);
    expect(targetReached('DONE', [], [{ initiativeId: 'q', live: 0, participants: 0 }])).toBe(false);
  });

  it('is late only once the end year has passed', () => {
    expect(isLate(2029, 2030, false)).toBe(true);
    expect(isLate(2030, 2030, false)).toBe(false);
    expect(isLate(2029, 2030, true)).toBe(false);
  });
});

describe('totalsOf', () => {
  it('adds a standard or quick win linked by two items once', () => {
    const standards = new Map([
      [
        's',
        {
          standardId: 's',
          basis: 'ALL_MUNICIPALITIES' as const,
          applicable: 4,
          adopted: 1,
          overdue: 2,
          hasDeadline: true,
          demo: 0,
        },
      ],
    ]);
    const rollouts = new Map([['q', { initiativeId: 'q', live: 1, participants: 5 }]]);
    const totals = totalsOf(
      [
        { late: true, standardIds: ['s'], initiativeIds: ['q'] },
        { late: false, standardIds: ['s'], initiativeIds: ['q'] },
      ],
      standards,
      rollouts,
    );
    expect(totals).toEqual({
      items: 2,
      late: 1,
      applicable: 4,
      adopted: 1,
      overdue: 2,
      demo: 0,
      participants: 5,
      live: 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../server/db/models/Initiative';
import {
  canTransition,
  checkTransition,
  INITIAL_STATUS,
  isOverdue,
  nextStatuses,
} from '../../server/domain/initiative/workflow';

describe('initiative workflow', () => {
  it('starts as IDEA', () => {
    expect(INITIAL_STATUS).toBe('IDEA');
  });

  it('allows forward moves, including skipped steps', () => {
    expect(canTransition('IDEA', 'PLANNED')).toBe(true);
    expect(canTransition('IDEA', 'IN_PROGRESS')).toBe(true);
    expect(canTransition('IDEA', 'DELIVERED')).toBe(true);
    expect(canTransition('PLANNED', 'DELIVERED')).toBe(true);
    expect(canTransition('IN_PROGRESS', 'DELIVERED')).toBe(true);
  });

  it('refuses backward moves and staying put', () => {
    expect(checkTransition('PLANNED', 'IDEA')).toBe('BACKWARDS');
    expect(checkTransition('IN_PROGRESS', 'PLANNED')).toBe('BACKWARDS');
    expect(checkTransition('PLANNED', 'PLANNED')).toBe('SAME');
  });

  it('treats DELIVERED and STOPPED as final', () => {
    for (const to of INITIATIVE_STATUSES) {
      expect(checkTransition('DELIVERED', to, 'reden')).toBe('FINAL');
      expect(checkTransition('STOPPED', to, 'reden')).toBe('FINAL');
    }
    expect(nextStatuses('DELIVERED')).toEqual([]);
  });

  it('reaches STOPPED from every non-final state, only with a reason', () => {
    for (const from of ['IDEA', 'PLANNED', 'IN_PROGRESS'] as InitiativeStatus[]) {
      expect(checkTransition(from, 'STOPPED')).toBe('REASON_REQUIRED');
      expect(checkTransition(from, 'STOPPED', '   ')).toBe('REASON_REQUIRED');
      expect(canTransition(from, 'STOPPED', 'geen budget')).toBe(true);
      expect(nextStatuses(from)).toContain('STOPPED');
    }
  });

  it('lists the legal next statuses in order', () => {
    expect(nextStatuses('IDEA')).toEqual(['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'STOPPED']);
    expect(nextStatuses('IN_PROGRESS')).toEqual(['DELIVERED', 'STOPPED']);
  });

  it('is overdue only before today and while not final', () => {
    expect(isOverdue('PLANNED', '2026-01-01', '2026-01-02')).toBe(true);
    expect(isOverdue('PLANNED', '2026-01-02', '2026-01-02')).toBe(false);
    expect(isOverdue('DELIVERED', '2020-01-01', '2026-01-02')).toBe(false);
    expect(isOverdue('STOPPED', '2020-01-01', '2026-01-02')).toBe(false);
  });
});

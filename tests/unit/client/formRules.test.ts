import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../../common/limits';
import { milestoneProblems } from '../../../client/src/features/roadmapEditor/formRules';

const period = { startYear: 2025, endYear: 2034 };

describe('milestoneProblems', () => {
  it('accepts a titled milestone on any day of the period', () => {
    expect(milestoneProblems({ title: 'Livegang', date: '2025-01-01' }, period)).toEqual({});
    expect(milestoneProblems({ title: ' Evaluatie ', date: '2034-12-31' }, period)).toEqual({});
  });

  it('asks for a title, and not one made of spaces or longer than item titles', () => {
    expect(milestoneProblems({ title: '', date: '2030-06-01' }, period)).toEqual({ title: 'titleRequired' });
    expect(milestoneProblems({ title: '   ', date: '2030-06-01' }, period)).toEqual({
      title: 'titleRequired',
    });
    const long = 'x'.repeat(MAX_TITLE_LENGTH + 1);
    expect(milestoneProblems({ title: long, date: '2030-06-01' }, period)).toEqual({
      title: 'titleTooLong',
    });
    // Spaces around a title of the maximum length are not counted: they are trimmed on save.
    const longest = ` ${'x'.repeat(MAX_TITLE_LENGTH)} `;
    expect(milestoneProblems({ title: longest, date: '2030-06-01' }, period)).toEqual({});
  });

  it('asks for a date that exists and lies inside the period', () => {
    expect(milestoneProblems({ title: 'Livegang', date: '' }, period)).toEqual({ date: 'dateRequired' });
    expect(milestoneProblems({ title: 'Livegang', date: '2031-02-30' }, period)).toEqual({
      date: 'dateInvalid',
    });
    expect(milestoneProblems({ title: 'Livegang', date: '1-3-2031' }, period)).toEqual({
      date: 'dateInvalid',
    });
    expect(milestoneProblems({ title: 'Livegang', date: '2024-12-31' }, period)).toEqual({
      date: 'dateOutsidePeriod',
    });
    expect(milestoneProblems({ title: 'Livegang', date: '2035-01-01' }, period)).toEqual({
      date: 'dateOutsidePeriod',
    });
  });

  it('reports both fields at once', () => {
    expect(milestoneProblems({ title: '', date: '' }, period)).toEqual({
      title: 'titleRequired',
      date: 'dateRequired',
    });
  });
});

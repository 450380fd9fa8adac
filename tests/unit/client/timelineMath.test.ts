import { describe, expect, it } from 'vitest';
import {
  clampSpan,
  dateToPercent,
  editSpan,
  isDayInPeriod,
  keyToAction,
  moveSpan,
  packRows,
  parseDay,
  periodDays,
  pixelsToYears,
  resizeSpan,
  spanPosition,
  yearCount,
  yearToPercent,
  yearsOf,
} from '../../../client/src/features/roadmapEditor/timelineMath';

const period = { startYear: 2025, endYear: 2034 };
const noKeys = { shiftKey: false, ctrlKey: false, metaKey: false };

describe('years to positions', () => {
  it('spreads ten years over the track, ten percent each', () => {
    expect(yearCount(period)).toBe(10);
    expect(yearsOf(period)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(yearToPercent(2025, period)).toBe(0);
    expect(yearToPercent(2030, period)).toBe(50);
    expect(yearToPercent(2035, period)).toBe(100);
  });

  it('places a bar from the start of its first year to the end of its last', () => {
    expect(spanPosition({ startYear: 2027, endYear: 2029 }, period)).toEqual({ left: 20, width: 30 });
    expect(spanPosition({ startYear: 2034, endYear: 2034 }, period)).toEqual({ left: 90, width: 10 });
  });

  it('cuts off the part of a bar outside the period', () => {
    expect(spanPosition({ startYear: 2020, endYear: 2026 }, period)).toEqual({ left: 0, width: 20 });
    expect(spanPosition({ startYear: 2033, endYear: 2040 }, period)).toEqual({ left: 80, width: 20 });
  });

  it('places a date by the days of its year, and nothing outside the period', () => {
    expect(dateToPercent(parseDay('2030-01-01'), period)).toBe(50);
    const midYear = dateToPercent(parseDay('2030-07-02'), period)!;
    expect(midYear).toBeGreaterThan(54.9);
    expect(midYear).toBeLessThan(55.1);
    expect(dateToPercent(parseDay('2035-01-01'), period)).toBeNull();
    expect(dateToPercent(parseDay('2024-12-31'), period)).toBeNull();
    expect(dateToPercent(parseDay('31-12-2030'), period)).toBeNull();
  });

  it('reads only dates that are on the calendar, where Date would roll over', () => {
    expect(parseDay('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(Number.isNaN(parseDay('2027-02-29').getTime())).toBe(true);
    expect(Number.isNaN(parseDay('2030-04-31').getTime())).toBe(true);
    expect(Number.isNaN(parseDay('2030-13-01').getTime())).toBe(true);
    expect(Number.isNaN(parseDay('').getTime())).toBe(true);
  });

  it('knows which days lie inside the period, both ends included', () => {
    expect(periodDays(period)).toEqual({ first: '2025-01-01', last: '2034-12-31' });
    expect(isDayInPeriod('2025-01-01', period)).toBe(true);
    expect(isDayInPeriod('2034-12-31', period)).toBe(true);
    expect(isDayInPeriod('2024-12-31', period)).toBe(false);
    expect(isDayInPeriod('2035-01-01', period)).toBe(false);
    expect(isDayInPeriod('2030-02-30', period)).toBe(false);
  });
});

describe('drag to years', () => {
  it('snaps a drag to the nearest whole year', () => {
    // A 1000 px track: one year is 100 px.
    expect(pixelsToYears(0, 1000, period)).toBe(0);
    expect(pixelsToYears(49, 1000, period)).toBe(0);
    expect(pixelsToYears(50, 1000, period)).toBe(1);
    expect(pixelsToYears(260, 1000, period)).toBe(3);
    expect(pixelsToYears(-149, 1000, period)).toBe(-1);
    expect(Object.is(pixelsToYears(-20, 1000, period), 0)).toBe(true);
  });

  it('gives no years on a track that has no width yet', () => {
    expect(pixelsToYears(300, 0, period)).toBe(0);
  });

  it('moves a span keeping its length and stops at the period’s ends', () => {
    const span = { startYear: 2027, endYear: 2029 };
    expect(moveSpan(span, 2, period)).toEqual({ startYear: 2029, endYear: 2031 });
    expect(moveSpan(span, 10, period)).toEqual({ startYear: 2032, endYear: 2034 });
    expect(moveSpan(span, -10, period)).toEqual({ startYear: 2025, endYear: 2027 });
  });

  it('resizes one end, never below one year and never outside the period', () => {
    const span = { startYear: 2027, endYear: 2029 };
    expect(resizeSpan(span, 'end', 2, period)).toEqual({ startYear: 2027, endYear: 2031 });
    expect(resizeSpan(span, 'end', -5, period)).toEqual({ startYear: 2027, endYear: 2027 });
    expect(resizeSpan(span, 'end', 20, period)).toEqual({ startYear: 2027, endYear: 2034 });
    expect(resizeSpan(span, 'start', -1, period)).toEqual({ startYear: 2026, endYear: 2029 });
    expect(resizeSpan(span, 'start', 5, period)).toEqual({ startYear: 2029, endYear: 2029 });
    expect(resizeSpan(span, 'start', -9, period)).toEqual({ startYear: 2025, endYear: 2029 });
  });

  it('pulls a reversed or outside span into the period', () => {
    expect(clampSpan({ startYear: 2031, endYear: 2028 }, period)).toEqual({ startYear: 2028, endYear: 2031 });
    expect(clampSpan({ startYear: 2020, endYear: 2040 }, period)).toEqual(period);
    expect(clampSpan({ startYear: 2040, endYear: 2041 }, period)).toEqual({ startYear: 2034, endYear: 2034 });
  });
});

describe('keyboard moves', () => {
  it('moves with the arrow keys', () => {
    expect(keyToAction('ArrowRight', noKeys)).toEqual({ edit: 'move', delta: 1 });
    expect(keyToAction('ArrowLeft', noKeys)).toEqual({ edit: 'move', delta: -1 });
  });

  it('moves the end with Shift and the start with Ctrl+Shift or ⌘+Shift', () => {
    expect(keyToAction('ArrowRight', { ...noKeys, shiftKey: true })).toEqual({ edit: 'end', delta: 1 });
    expect(keyToAction('ArrowLeft', { ...noKeys, shiftKey: true, ctrlKey: true })).toEqual({
      edit: 'start',
      delta: -1,
    });
    expect(keyToAction('ArrowLeft', { ...noKeys, shiftKey: true, metaKey: true })).toEqual({
      edit: 'start',
      delta: -1,
    });
  });

  it('leaves other keys to the browser', () => {
    expect(keyToAction('ArrowUp', noKeys)).toBeNull();
    expect(keyToAction('Enter', noKeys)).toBeNull();
    expect(keyToAction('Tab', { ...noKeys, shiftKey: true })).toBeNull();
  });

  it('applies a sequence of keys like a user would, clamped at the edges', () => {
    let span = { startYear: 2033, endYear: 2034 };
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
      const action = keyToAction(key, noKeys)!;
      span = editSpan(span, action.edit, action.delta, period);
    }
    expect(span).toEqual({ startYear: 2031, endYear: 2032 });
    const shrink = keyToAction('ArrowLeft', { ...noKeys, shiftKey: true })!;
    span = editSpan(editSpan(span, shrink.edit, shrink.delta, period), shrink.edit, shrink.delta, period);
    expect(span).toEqual({ startYear: 2031, endYear: 2031 });
  });
});

describe('packRows', () => {
  it('puts overlapping spans on separate rows and reuses a row once it is free', () => {
    const { rows, rowCount } = packRows([
      { startYear: 2025, endYear: 2027 },
      { startYear: 2026, endYear: 2028 },
      { startYear: 2028, endYear: 2030 },
      { startYear: 2029, endYear: 2029 },
    ]);
    expect(rows).toEqual([0, 1, 0, 1]);
    expect(rowCount).toBe(2);
  });

  it('has one row for an empty lane', () => {
    expect(packRows([])).toEqual({ rows: [], rowCount: 1 });
  });
});

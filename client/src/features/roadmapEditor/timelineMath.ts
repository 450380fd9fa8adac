/**
 * The timeline's geometry as pure functions: years to percentages across the track, pointer drags
 * to whole years, keyboard keys to moves and resizes, all clamped to the roadmap's period. The
 * components only render what these return, so the rules are tested without a browser.
 */

/** A span of whole years, both ends included (an item, or the roadmap's period). */
export interface YearSpan {
  startYear: number;
  endYear: number;
}

/** Where a bar sits on the track, in percent of the track's width. */
export interface TrackPosition {
  left: number;
  width: number;
}

/** What a drag or a key changes: the whole span, or one of its ends. */
export type SpanEdit = 'move' | 'start' | 'end';

/** A keyboard instruction: which edit, by how many years. */
export interface KeyAction {
  edit: SpanEdit;
  delta: number;
}

/** The number of years in a period (2025–2034 is ten). */
export function yearCount(period: YearSpan): number {
  return Math.max(1, period.endYear - period.startYear + 1);
}

/** Every year of a period, in order. */
export function yearsOf(period: YearSpan): number[] {
  return Array.from({ length: yearCount(period) }, (_, index) => period.startYear + index);
}

/** The left edge of `year` (its 1 January) in percent of the track. */
export function yearToPercent(year: number, period: YearSpan): number {
  return ((year - period.startYear) / yearCount(period)) * 100;
}

/** A bar's position; the part outside the period is cut off, so a bar never leaves the track. */
export function spanPosition(span: YearSpan, period: YearSpan): TrackPosition {
  const start = Math.min(Math.max(span.startYear, period.startYear), period.endYear);
  const end = Math.max(Math.min(span.endYear, period.endYear), start);
  return {
    left: yearToPercent(start, period),
    width: yearToPercent(end + 1, period) - yearToPercent(start, period),
  };
}

/**
 * A date's position in percent of the track (for milestones and today), counting the days of its
 * year; null when it lies outside the period or is not a date.
 */
export function dateToPercent(date: Date, period: YearSpan): number | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < period.startYear || year > period.endYear) return null;
  const yearStart = Date.UTC(year, 0, 1);
  const fraction = (date.getTime() - yearStart) / (Date.UTC(year + 1, 0, 1) - yearStart);
  return ((year - period.startYear + fraction) / yearCount(period)) * 100;
}

/**
 * A `YYYY-MM-DD` milestone date as a UTC date; invalid when malformed or not on the calendar
 * (`Date` would roll 2025-02-30 over into March).
 */
export function parseDay(day: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? date : new Date(Number.NaN);
}

/** True when `day` (`YYYY-MM-DD`) is a real date inside the period, so it has a place on the timeline. */
export function isDayInPeriod(day: string, period: YearSpan): boolean {
  return dateToPercent(parseDay(day), period) !== null;
}

/** The first and last day of a period, as `YYYY-MM-DD` (for a date field's min and max). */
export function periodDays(period: YearSpan): { first: string; last: string } {
  return { first: `${period.startYear}-01-01`, last: `${period.endYear}-12-31` };
}

/**
 * A horizontal drag in pixels as whole years, snapped to the nearest year: half a year's width
 * or more counts as a year. Zero when the track has no width yet.
 */
export function pixelsToYears(deltaPx: number, trackWidthPx: number, period: YearSpan): number {
  if (trackWidthPx <= 0) return 0;
  // `|| 0` turns Math.round's -0 into 0.
  return Math.round((deltaPx / trackWidthPx) * yearCount(period)) || 0;
}

/** Moves a span by `delta` years, keeping its length and stopping at the period's ends. */
export function moveSpan(span: YearSpan, delta: number, period: YearSpan): YearSpan {
  const clamped = clampSpan(span, period);
  const length = clamped.endYear - clamped.startYear;
  const startYear = Math.min(Math.max(clamped.startYear + delta, period.startYear), period.endYear - length);
  return { startYear, endYear: startYear + length };
}

/**
 * Moves one end of a span by `delta` years; the span keeps at least one year and stays inside
 * the period.
 */
export function resizeSpan(span: YearSpan, edge: 'start' | 'end', delta: number, period: YearSpan): YearSpan {
  const clamped = clampSpan(span, period);
  if (edge === 'start') {
    const startYear = Math.min(Math.max(clamped.startYear + delta, period.startYear), clamped.endYear);
    return { startYear, endYear: clamped.endYear };
  }
  const endYear = Math.max(Math.min(clamped.endYear + delta, period.endYear), clamped.startYear);
  return { startYear: clamped.startYear, endYear };
}

/** Applies a move or a resize. */
export function editSpan(span: YearSpan, edit: SpanEdit, delta: number, period: YearSpan): YearSpan {
  return edit === 'move' ? moveSpan(span, delta, period) : resizeSpan(span, edit, delta, period);
}

/** Pulls a span inside the period (start ≤ end), cutting off what lies outside. */
export function clampSpan(span: YearSpan, period: YearSpan): YearSpan {
  const lower = Math.min(span.startYear, span.endYear);
  const upper = Math.max(span.startYear, span.endYear);
  const startYear = Math.min(Math.max(lower, period.startYear), period.endYear);
  const endYear = Math.min(Math.max(upper, startYear), period.endYear);
  return { startYear, endYear };
}

/**
 * The timeline's keys on a selected item: ←/→ move it a year; Shift+←/→ make it end a year
 * earlier/later; Ctrl+Shift+←/→ (or ⌘ on a Mac) make it start a year earlier/later. Null for any
 * other key, so the browser keeps its own behaviour.
 */
export function keyToAction(
  key: string,
  modifiers: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean },
): KeyAction | null {
  const delta = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  if (delta === 0) return null;
  if (!modifiers.shiftKey) return { edit: 'move', delta };
  return { edit: modifiers.ctrlKey || modifiers.metaKey ? 'start' : 'end', delta };
}

/**
 * Stacks overlapping spans into rows (first fit, in the given order), so bars in one lane never
 * cover each other; returns each span's row and the number of rows.
 */
export function packRows(spans: readonly YearSpan[]): { rows: number[]; rowCount: number } {
  const rowEnds: number[] = [];
  const rows = spans.map((span) => {
    const free = rowEnds.findIndex((end) => end < span.startYear);
    const row = free === -1 ? rowEnds.length : free;
    rowEnds[row] = span.endYear;
    return row;
  });
  return { rows, rowCount: Math.max(1, rowEnds.length) };
}

/** True when two spans cover the same years. */
export function sameSpan(a: YearSpan, b: YearSpan): boolean {
  return a.startYear === b.startYear && a.endYear === b.endYear;
}

/** The q-th percentile (0–100) of `values`, nearest-rank; NaN for none. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median and spread (max − min) of repeated measurements. */
export function medianWithSpread(values: number[]): { median: number; spread: number } {
  return {
    median: percentile(values, 50),
    spread: values.length ? Math.max(...values) - Math.min(...values) : Number.NaN,
  };
}

/** Rounds for printing and JSON: three significant decimals at most. */
export function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : value;
}

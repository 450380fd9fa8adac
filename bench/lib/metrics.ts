import { round } from './stats';

/** One figure of `bench/results.json`: a value, and where named its reference and their ratio. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  reference: number | null;
  ratio: number | null;
  spread?: number;
  goal?: string;
}

/** Collects metrics in the order they are measured. */
export class MetricSet {
  readonly all: Metric[] = [];

  /** Adds a figure; `ratio` is value / reference when a reference is given. */
  add(
    name: string,
    value: number,
    unit: string,
    options: { reference?: number; spread?: number; goal?: string } = {},
  ) {
    const reference = options.reference ?? null;
    this.all.push({
      name,
      value: round(value),
      unit,
      reference: reference === null ? null : round(reference),
      ratio: reference ? round(value / reference) : null,
      ...(options.spread === undefined ? {} : { spread: round(options.spread) }),
      ...(options.goal ? { goal: options.goal } : {}),
    });
  }
}

/**
 * One number `npm run bench` reports. `ms` values are milliseconds; `KB` and `MB` values are
 * bytes, shown in KiB or MiB. A measure with a budget must come in under it.
 */
export type Unit = 'ms' | 'KB' | 'MB';

export interface Measure {
  /** Stable key, used to find the same measure in the previous run. */
  id: string;
  /** The table section it is printed under. */
  group: string;
  label: string;
  value: number;
  unit: Unit;
  budget?: number;
}

export const KB = 1024;
export const MB = 1024 * 1024;

/** Whether the measure is within its budget (always, when it has none). */
export function withinBudget(measure: Measure): boolean {
  return measure.budget === undefined || measure.value < measure.budget;
}

/** The middle value (the upper of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

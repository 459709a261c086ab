import { HelperRangeError, HelperTypeError } from './errors.js';
import { periodPosition } from './period.js';

/** Throws unless `series` is a non-empty array. */
export function nonEmptyArray(helper: string, argument: string, series: unknown): asserts series is readonly unknown[] {
  if (!Array.isArray(series)) throw new HelperTypeError(helper, argument, series, 'an array');
  if (series.length === 0) throw new HelperRangeError(helper, argument, series, 'a non-empty array');
}

/**
 * The position of `series[i]`'s period in fractional years, checked to come after the
 * previous one (`previous`, −Infinity for the first point).
 */
export function orderedPosition(helper: string, argument: string, series: readonly unknown[], i: number, previous: number): number {
  const point = series[i];
  if (typeof point !== 'object' || point === null) {
    throw new HelperTypeError(helper, `${argument}[${i}]`, point, 'an object { period, value } or an observation');
  }
  const period = (point as { period?: unknown }).period;
  const t = periodPosition(helper, argument, period, i);
  if (t <= previous) {
    const before = (series[i - 1] as { period: string }).period;
    throw new HelperRangeError(
      helper,
      `${argument}[${i}].period`,
      period,
      t === previous ? `a period not already in the series (duplicates ${argument}[${i - 1}].period "${before}")` : `a period after ${argument}[${i - 1}].period "${before}" (sort the series by period first)`,
    );
  }
  return t;
}

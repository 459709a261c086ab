import { HelperRangeError, HelperTypeError } from './errors.js';
import type { PointLike } from './point.js';
import { pointValue, sameUnit } from './point.js';
import { nonEmptyArray, orderedPosition } from './series.js';

/**
 * One point of a rebased series; see {@link indexSeries}.
 *
 * @example
 * ```ts
 * import { indexSeries } from 'azerbaijan-data/helpers';
 * import type { IndexPoint } from 'azerbaijan-data/helpers';
 * const [, point]: IndexPoint[] = indexSeries([{ period: '2003', value: 171 }, { period: '2004', value: 228 }], '2003');
 * point!.index.toFixed(1); //=> '133.3'
 * ```
 */
export interface IndexPoint {
  readonly period: string;
  /** The figure, in the series' own unit. */
  readonly value: number;
  /** `100 × (value / base value)`: exactly 100 at the base period. */
  readonly index: number;
}

/**
 * Rebases a series to 100 at a base period: each point's index is `100 × (value / base)`, where
 * `base` is the value at `basePeriod`. The index has no unit, so series in different units (or
 * of different sizes) can be drawn on one axis.
 *
 * This runs in O(n).
 *
 * @param series - Points `{ period, value }` (or observations that are not ranges) in
 * increasing order of period, each period once, all in the same unit where they state one.
 * @param basePeriod - The period of the series that is to be 100, written as in the series.
 * @returns Every point with its index, in order.
 * @throws {HelperTypeError} when `series` is not an array, a point has no numeric value, or
 * `basePeriod` is not a string.
 * @throws {HelperRangeError} when `series` is empty, a value is not finite, a period is not ISO
 * 8601, the periods are out of order or duplicated, the units differ, `basePeriod` is not a
 * period of the series, or the value at `basePeriod` is not positive (an index on 0 or a
 * negative base is undefined) or so small against another value that an index overflows.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { indexSeries } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const departures = table1.observations.filter((o) => o.measure === 'departures');
 * const indexed = indexSeries(departures, '1990');
 * indexed[0]; //=> { period: '1990', value: 137.9, index: 100 }
 * indexed.at(-1)!.index === 100 * (0.8 / 137.9); //=> true
 * indexed.at(-1)!.index.toFixed(2); //=> '0.58'
 * ```
 */
export function indexSeries(series: readonly PointLike[], basePeriod: string): IndexPoint[] {
  nonEmptyArray('indexSeries', 'series', series);
  if (typeof basePeriod !== 'string') throw new HelperTypeError('indexSeries', 'basePeriod', basePeriod, 'a period string of the series');
  let base = -1;
  let unit: string | undefined;
  let t = -Infinity;
  for (let i = 0; i < series.length; i++) {
    const p = series[i]!;
    pointValue('indexSeries', 'series', p, i);
    t = orderedPosition('indexSeries', 'series', series, i, t);
    unit = sameUnit('indexSeries', 'series', p, unit, i);
    if (p.period === basePeriod) base = i;
  }
  if (base < 0) {
    throw new HelperRangeError('indexSeries', 'basePeriod', basePeriod, `a period of the series (from "${series[0]!.period}" to "${series.at(-1)!.period}")`);
  }
  const b = (series[base] as { value: number }).value;
  if (b <= 0) {
    throw new HelperRangeError('indexSeries', `series[${base}].value`, b, `a positive number, being the value at basePeriod "${basePeriod}" (an index on 0 or a negative base is undefined)`);
  }
  const out: IndexPoint[] = new Array(series.length);
  for (let i = 0; i < series.length; i++) {
    const p = series[i] as { period: string; value: number };
    const index = 100 * (p.value / b);
    if (index - index !== 0) {
      throw new HelperRangeError('indexSeries', `series[${i}].value`, p.value, `a number whose index on the base value ${b} is finite (the computation overflows)`);
    }
    out[i] = { period: p.period, value: p.value, index };
  }
  return out;
}

import { HelperRangeError } from './errors.js';
import type { PointLike } from './point.js';
import { pointValue, sameUnit } from './point.js';
import { nonEmptyArray, orderedPosition } from './series.js';

/**
 * The change between two consecutive points of a series; see {@link changes}.
 *
 * @example
 * ```ts
 * import { changes } from 'azerbaijan-data/helpers';
 * import type { Change } from 'azerbaijan-data/helpers';
 * const [change]: Change[] = changes([{ period: '2009', value: 2 }, { period: '2010', value: 3 }]);
 * change; //=> { from: '2009', to: '2010', years: 1, fromValue: 2, toValue: 3, absolute: 1, relative: 0.5 }
 * ```
 */
export interface Change {
  /** The earlier period. */
  readonly from: string;
  /** The later period. */
  readonly to: string;
  /** The time between the two periods, in years (see `periodToYears`). */
  readonly years: number;
  readonly fromValue: number;
  readonly toValue: number;
  /** `toValue − fromValue`, in the series' unit. */
  readonly absolute: number;
  /** `(toValue − fromValue) / |fromValue|`, as `growthRate`; `null` when `fromValue` is 0. */
  readonly relative: number | null;
}

/**
 * The period-to-period changes of a series: for each pair of consecutive points, the absolute
 * and relative change and the gap between the two periods in years, so that a five-year jump
 * (Table 1 goes from 1991 to 1996) is not read as one year's change. A relative change from 0
 * is undefined and is `null` (the absolute change is still given); one from a negative figure
 * is taken against its absolute value.
 *
 * This runs in O(n).
 *
 * @param series - Points `{ period, value }` (or observations that are not ranges) in
 * increasing order of period, each period once, all in the same unit where they state one.
 * @returns `series.length − 1` changes, in order (none for a single point).
 * @throws {HelperTypeError} when `series` is not an array or a point has no numeric value.
 * @throws {HelperRangeError} when `series` is empty, a value is not finite, a period is not ISO
 * 8601, the periods are out of order or duplicated, the units differ, or a change overflows.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { changes } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const departures = table1.observations.filter((o) => o.measure === 'departures');
 * const [first, second] = changes(departures);
 * [first!.from, first!.to, first!.years, first!.absolute.toFixed(1)]; //=> ['1990', '1991', 1, '-31.5']
 * [second!.from, second!.to, second!.years, second!.toValue]; //=> ['1991', '1996', 5, 13.2]
 * changes([{ period: '2009', value: 0 }, { period: '2010', value: 2 }])[0]!.relative; //=> null
 * ```
 */
export function changes(series: readonly PointLike[]): Change[] {
  nonEmptyArray('changes', 'series', series);
  const out: Change[] = new Array(series.length - 1);
  let unit = sameUnit('changes', 'series', series[0], undefined, 0);
  let v0 = pointValue('changes', 'series', series[0], 0);
  let t0 = orderedPosition('changes', 'series', series, 0, -Infinity);
  for (let i = 1; i < series.length; i++) {
    const p = series[i]!;
    const v1 = pointValue('changes', 'series', p, i);
    const t1 = orderedPosition('changes', 'series', series, i, t0);
    unit = sameUnit('changes', 'series', p, unit, i);
    const absolute = v1 - v0;
    const relative = v0 === 0 ? null : absolute / Math.abs(v0);
    if (absolute - absolute !== 0 || (relative !== null && relative - relative !== 0)) {
      throw new HelperRangeError('changes', `series[${i}].value`, v1, `a number whose change from series[${i - 1}].value (${v0}) is finite (the computation overflows)`);
    }
    out[i - 1] = {
      from: series[i - 1]!.period,
      to: p.period,
      years: t1 - t0,
      fromValue: v0,
      toValue: v1,
      absolute,
      relative,
    };
    v0 = v1;
    t0 = t1;
  }
  return out;
}

import { HelperRangeError, finiteResult } from './errors.js';
import { periodPosition } from './period.js';
import { pointUnit, pointValue } from './point.js';
import type { PointLike } from './point.js';

/**
 * The compound annual growth rate between two figures: `(end / start) ^ (1 / years) − 1`, where
 * `years` is the time between the two periods (see `periodToYears`: a year stands at its
 * middle, so `"2003"` to `"2010"` is 7 years). Uneven gaps are what it is for: Table 1 jumps
 * from 1991 to 1996, five years in one step.
 *
 * This runs in O(1).
 *
 * @param start - The earlier figure `{ period, value }` (or an observation that is not a range):
 * a positive finite value.
 * @param end - The later figure, in the same unit: a finite value ≥ 0, at a period after `start`.
 * @returns The yearly rate as a fraction (0.36 for 36 % a year); −1 when `end.value` is 0.
 * @throws {HelperTypeError} when a point is not an object with a numeric value and a string
 * period (a range observation has no value).
 * @throws {HelperRangeError} when a value is not finite, `start.value` ≤ 0 or `end.value` < 0
 * (compounding through zero or a negative figure is undefined), a period is not ISO 8601,
 * `end.period` is not after `start.period`, the two points state different units, or the rate
 * overflows.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { cagr } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const arrivals = (period: string) => table1.observations.find((o) => o.measure === 'arrivals' && o.period === period)!;
 * // arrivals fell from 66.3 thousand in 1991 to 5.8 thousand in 1996: five years in one row of Table 1
 * cagr(arrivals('1991'), arrivals('1996')); //=> (5.8 / 66.3) ** (1 / 5) - 1
 * cagr(arrivals('1991'), arrivals('1996')).toFixed(3); //=> '-0.386'
 * // inward remittances, Table 5: 171 million US$ in 2003, 1,472 million in 2010
 * const flows = datasets.find((d) => d.id === 'remittance-flows')!;
 * const inward = (period: string) => flows.observations.find((o) => o.measure === 'inward-remittances' && o.period === period)!;
 * cagr(inward('2003'), inward('2010')) === (1472 / 171) ** (1 / 7) - 1; //=> true
 * cagr({ period: '2003', value: 171 }, { period: '2010', value: 1472 }).toFixed(4); //=> '0.3601'
 * ```
 */
export function cagr(start: PointLike, end: PointLike): number {
  const v0 = pointValue('cagr', 'start', start);
  const v1 = pointValue('cagr', 'end', end);
  const t0 = periodPosition('cagr', 'start.period', (start as { period?: unknown }).period);
  const t1 = periodPosition('cagr', 'end.period', (end as { period?: unknown }).period);
  if (v0 <= 0) throw new HelperRangeError('cagr', 'start.value', v0, 'a positive number (compound growth from zero or a negative figure is undefined)');
  if (v1 < 0) throw new HelperRangeError('cagr', 'end.value', v1, 'a number ≥ 0 (compound growth to a negative figure is undefined)');
  if (t1 <= t0) throw new HelperRangeError('cagr', 'end.period', end.period, `a period after start.period "${start.period}"`);
  const u0 = pointUnit(start);
  const u1 = pointUnit(end);
  if (u0 !== undefined && u1 !== undefined && u0 !== u1) {
    throw new HelperRangeError('cagr', 'end.unit', u1, `"${u0}", the unit of start (convert first)`);
  }
  return finiteResult('cagr', 'start.value', v0, Math.pow(v1 / v0, 1 / (t1 - t0)) - 1);
}

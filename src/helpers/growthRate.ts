import { HelperRangeError, finiteNumber, finiteResult } from './errors.js';

/**
 * The relative change from one figure to another: `(to − from) / |from|`. Dividing by the
 * absolute value keeps the sign of the change: a rise is positive even from a negative figure
 * (net migration from −1.1 thousand in 2007 to 1.1 thousand in 2008 is a rise of 200 %).
 *
 * This runs in O(1).
 *
 * @param from - The earlier figure: a finite number other than 0.
 * @param to - The later figure, in the same unit: a finite number.
 * @returns The change as a fraction of `|from|` (0.25 for a rise of 25 %).
 * @throws {HelperTypeError} when `from` or `to` is not a number.
 * @throws {HelperRangeError} when `from` or `to` is not finite, or `from` is 0 (growth from
 * zero is undefined), or the rate overflows (from 1e-320 to 1).
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { growthRate } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const arrivals = (period: string) => table1.observations.find((o) => o.measure === 'arrivals' && o.period === period)!;
 * // arrivals for permanent residence fell from 84.3 to 66.3 thousand between 1990 and 1991
 * growthRate(84.3, 66.3); //=> (66.3 - 84.3) / 84.3
 * growthRate(84.3, 66.3).toFixed(4); //=> '-0.2135'
 * const [a, b] = [arrivals('1990'), arrivals('1991')];
 * a.qualifier !== 'range' && b.qualifier !== 'range' && growthRate(a.value, b.value) === growthRate(84.3, 66.3); //=> true
 * growthRate(-1.1, 1.1); //=> 2
 * ```
 */
export function growthRate(from: number, to: number): number {
  finiteNumber('growthRate', 'from', from);
  finiteNumber('growthRate', 'to', to);
  if (from === 0) throw new HelperRangeError('growthRate', 'from', from, 'a finite number other than 0 (growth from zero is undefined)');
  return finiteResult('growthRate', 'from', from, (to - from) / Math.abs(from));
}

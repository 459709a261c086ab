import { HelperRangeError, HelperTypeError, finiteNumber, finiteResult } from './errors.js';
import { periodDays, periodLengthInMonths } from './period.js';

/**
 * The time units {@link perPeriodRate} spreads a total over.
 *
 * @example
 * ```ts
 * import { perPeriodRate } from 'azerbaijan-data/helpers';
 * import type { RateUnit } from 'azerbaijan-data/helpers';
 * const unit: RateUnit = 'quarter';
 * perPeriodRate(12, '2011', unit); //=> 3
 * ```
 */
export type RateUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const RATE_UNITS = "one of 'day', 'week', 'month', 'quarter', 'year'";

/**
 * Rounds half away from zero to `decimals` places, through the decimal exponent (1.005 → 1.01),
 * for numbers of any size: the shift is applied to the exponent of the number's own shortest
 * decimal form (1e-7 is "1e-7", which a plain `${x}e2` would turn into "1e-7e2", NaN).
 */
function round(x: number, decimals: number): number {
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e') as [string, string];
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  // from 2^53 up a double has no digit after the point to round: x is already as rounded as it gets
  if (shifted >= 2 ** 53) return x;
  const r = Number(`${Math.round(shifted)}e-${decimals}`);
  return r === 0 ? 0 : x < 0 ? -r : r;
}

/**
 * Spreads a total over the length of its period: the average per day, week, month, quarter or
 * year, as sources write "48,250 (per month: 4,386.4)" for the eleven months from January to
 * November 2011. The length is counted in the calendar: a period of months or years has a whole
 * number of months (a quarter is three, a year twelve); one that starts or ends on a day counts
 * each day as a fraction 1 / (days in its month) of its month; `day` and `week` count calendar
 * days (a week is seven). Both ends of the period are included.
 *
 * This runs in O(1).
 *
 * @param total - The figure for the whole period: a finite number.
 * @param period - An ISO 8601 period: a year, a month, a date or an interval of these.
 * @param unit - The time unit to spread over: 'day', 'week', 'month', 'quarter' or 'year'.
 * @param options - `decimals`: round the rate half away from zero to this many places (an
 * integer from 0 to 15); unrounded by default.
 * @returns The total per `unit`.
 * @throws {HelperTypeError} when `total` is not a number, `period` or `unit` not a string.
 * @throws {HelperRangeError} when `total` is not finite, `period` is not ISO 8601, `unit` is
 * not a rate unit, `options.decimals` is not an integer from 0 to 15, or the rate overflows.
 *
 * @example
 * ```ts
 * import { perPeriodRate } from 'azerbaijan-data/helpers';
 * // "Number of applications received 48,250 (per month: 4,386.4)", 1 January to November 2011
 * perPeriodRate(48250, '2011-01/2011-11', 'month'); //=> 48250 / 11
 * perPeriodRate(48250, '2011-01/2011-11', 'month', { decimals: 1 }); //=> 4386.4
 * perPeriodRate(48250, '2011-01/2011-11', 'day', { decimals: 1 }); //=> 144.5
 * perPeriodRate(60, '1988/1992', 'year'); //=> 12
 * ```
 */
export function perPeriodRate(total: number, period: string, unit: RateUnit, options: { readonly decimals?: number } = {}): number {
  finiteNumber('perPeriodRate', 'total', total);
  let length: number;
  if (unit === 'day' || unit === 'week') {
    length = periodDays('perPeriodRate', 'period', period) / (unit === 'week' ? 7 : 1);
  } else if (unit === 'month' || unit === 'quarter' || unit === 'year') {
    length = periodLengthInMonths('perPeriodRate', 'period', period) / (unit === 'quarter' ? 3 : unit === 'year' ? 12 : 1);
  } else if (typeof unit !== 'string') {
    throw new HelperTypeError('perPeriodRate', 'unit', unit, RATE_UNITS);
  } else {
    throw new HelperRangeError('perPeriodRate', 'unit', unit, RATE_UNITS);
  }
  const rate = finiteResult('perPeriodRate', 'total', total, total / length);
  const decimals = options.decimals;
  if (decimals === undefined) return rate;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new HelperRangeError('perPeriodRate', 'options.decimals', decimals, 'an integer from 0 to 15');
  }
  return round(rate, decimals);
}

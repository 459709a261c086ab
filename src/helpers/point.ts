import type { Observation } from '../model/observation.js';
import { HelperRangeError, HelperTypeError } from './errors.js';

/**
 * A figure at a period: a user's plain `{ period, value }`, or an observation of the library
 * (any qualifier but a range, which has no single value). `unit`, where given, must be the
 * same across a series.
 *
 * @example
 * ```ts
 * import { cagr } from 'azerbaijan-data/helpers';
 * import type { SeriesPoint } from 'azerbaijan-data/helpers';
 * const start: SeriesPoint = { period: '2009', value: 100, unit: 'persons' };
 * cagr(start, { period: '2011', value: 121, unit: 'persons' }).toFixed(2); //=> '0.10'
 * ```
 */
export interface SeriesPoint {
  /** An ISO 8601 year, month, date or interval ("2003", "2011-04-01", "2011-01/2011-11"). */
  readonly period: string;
  readonly value: number;
  readonly unit?: string;
}

/**
 * What the series helpers accept for one point: a {@link SeriesPoint} or any observation (a
 * range observation is refused at run time, having no single value).
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { changes } from 'azerbaijan-data/helpers';
 * import type { PointLike } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const points: PointLike[] = [table1.observations.find((o) => o.id === 'arrivals-2009')!, { period: '2010', value: 2.2 }];
 * changes(points)[0]!.absolute.toFixed(1); //=> '-0.1'
 * ```
 */
export type PointLike = SeriesPoint | Observation;

/** `argument`, or `argument[index]` for an element of an array argument (built only on error). */
export function argumentName(argument: string, index: number): string {
  return index < 0 ? argument : `${argument}[${index}]`;
}

/**
 * The value of a point, checked: a finite number (a range observation is refused). `index` is
 * the point's place in an array argument, or −1 for an argument of its own.
 */
export function pointValue(helper: string, argument: string, point: unknown, index = -1): number {
  if (typeof point !== 'object' || point === null) {
    throw new HelperTypeError(helper, argumentName(argument, index), point, 'an object { period, value } or an observation');
  }
  const v = (point as { value?: unknown }).value;
  if (typeof v === 'number' && v - v === 0) return v;
  if (typeof v !== 'number') {
    throw new HelperTypeError(
      helper,
      `${argumentName(argument, index)}.value`,
      v,
      (point as { qualifier?: unknown }).qualifier === 'range'
        ? 'a number (a range observation has low and high but no single value; compareSources takes ranges)'
        : 'a number',
    );
  }
  throw new HelperRangeError(helper, `${argumentName(argument, index)}.value`, v, 'a finite number');
}

/** The unit of a point, or undefined where it states none. */
export function pointUnit(point: unknown): string | undefined {
  if (typeof point !== 'object' || point === null) return undefined;
  const u = (point as { unit?: unknown }).unit;
  return typeof u === 'string' ? u : undefined;
}

/**
 * Checks that a point's unit agrees with the unit seen so far in a series; returns the unit
 * to carry on with.
 */
export function sameUnit(helper: string, argument: string, point: unknown, seen: string | undefined, index = -1): string | undefined {
  const u = pointUnit(point);
  if (u === undefined || u === seen) return seen ?? u;
  if (seen !== undefined) {
    throw new HelperRangeError(helper, `${argumentName(argument, index)}.unit`, u, `"${seen}", the unit of the points before it (convert first)`);
  }
  return u;
}

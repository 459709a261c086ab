import type { Observation } from '../model/observation.js';
import { HelperRangeError, HelperTypeError, finiteNumber } from './errors.js';

/**
 * The interval of values an observation's qualifier allows, as `[low, high]`: exact and
 * approximate → `[v, v]`; at least → `[v, Infinity]`; at most → `[0, v]` (a count is never
 * negative; `[-Infinity, v]` for a negative v); range → `[low, high]`. An approximate figure is
 * a point here; callers flag it.
 *
 * This runs in O(1).
 *
 * @param observation - An observation of the library.
 * @returns The interval, in the observation's unit.
 * @throws {HelperTypeError} when `observation` is not an object, or its value (low, high) not a number.
 * @throws {HelperRangeError} when its qualifier is none of exact, approximate, atLeast, atMost
 * and range, a value is not finite, or a range's low is above its high.
 *
 * @example
 * ```ts
 * import { intervalOf } from 'azerbaijan-data/helpers';
 * const base = { id: 'x', measure: 'idps', unit: 'persons', period: '2008', dimensions: {}, source: 's', locator: { section: 's' }, quote: 'q', asWritten: 'q' } as const;
 * intervalOf({ ...base, qualifier: 'atMost', value: 700000 }); //=> [0, 700000]
 * intervalOf({ ...base, qualifier: 'atLeast', value: 7000 }); //=> [7000, Infinity]
 * intervalOf({ ...base, qualifier: 'range', low: 579000, high: 687000 }); //=> [579000, 687000]
 * ```
 */
export function intervalOf(observation: Observation): [number, number] {
  if (typeof observation !== 'object' || observation === null) {
    throw new HelperTypeError('intervalOf', 'observation', observation, 'an observation object');
  }
  switch (observation.qualifier) {
    case 'range': {
      const low = finiteNumber('intervalOf', 'observation.low', observation.low);
      const high = finiteNumber('intervalOf', 'observation.high', observation.high);
      if (low > high) throw new HelperRangeError('intervalOf', 'observation.low', low, `a number ≤ observation.high (${high})`);
      return [low, high];
    }
    case 'atLeast':
      return [finiteNumber('intervalOf', 'observation.value', observation.value), Infinity];
    case 'atMost': {
      const value = finiteNumber('intervalOf', 'observation.value', observation.value);
      return [value >= 0 ? 0 : -Infinity, value];
    }
    case 'exact':
    case 'approximate': {
      const value = finiteNumber('intervalOf', 'observation.value', observation.value);
      return [value, value];
    }
    default:
      throw new HelperRangeError('intervalOf', 'observation.qualifier', (observation as { qualifier?: unknown }).qualifier, "one of 'exact', 'approximate', 'atLeast', 'atMost', 'range'");
  }
}

import type { Observation } from '../schema/observation.js';

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
  switch (observation.qualifier) {
    case 'range':
      return [observation.low, observation.high];
    case 'atLeast':
      return [observation.value, Infinity];
    case 'atMost':
      return [observation.value >= 0 ? 0 : -Infinity, observation.value];
    default:
      return [observation.value, observation.value];
  }
}

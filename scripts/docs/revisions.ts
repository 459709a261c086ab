import { convert } from '../../src/helpers/convert.js';
import type { Observation } from '../../src/schema/observation.js';
import type { Unit } from '../../src/schema/unit.js';

/** One period's figure as first printed beside the figure a later edition gives for it. */
export interface Revision {
  readonly period: string;
  readonly earlier: Observation;
  readonly later: Observation;
  /** The earlier figure in the table's unit. */
  readonly earlierValue: number;
  /** The later figure in the table's unit. */
  readonly laterValue: number;
  /** `laterValue − earlierValue`. */
  readonly difference: number;
  /** `laterValue / earlierValue`. */
  readonly ratio: number;
}

function pointValue(o: Observation, side: string): number {
  if (o.qualifier === 'range') throw new RangeError(`revisions: ${side} figure "${o.id}" is a range (${o.low}–${o.high}); a revision compares single figures`);
  return o.value;
}

/**
 * The figures of the periods that both series state, earlier edition beside later, both in
 * `unit` (converted with `convert`, never rounded), with the later figure's difference from and
 * ratio to the earlier one. Periods that only one series states are left out; a period stated
 * twice in one series is an error. Ordered by period. Runs in `O(n log n)`.
 */
export function revisions(earlier: readonly Observation[], later: readonly Observation[], unit: Unit): Revision[] {
  const byPeriod = (list: readonly Observation[], side: string): Map<string, Observation> => {
    const map = new Map<string, Observation>();
    for (const o of list) {
      if (map.has(o.period)) throw new RangeError(`revisions: the ${side} series states ${o.period} twice ("${map.get(o.period)!.id}" and "${o.id}")`);
      map.set(o.period, o);
    }
    return map;
  };
  const first = byPeriod(earlier, 'earlier');
  const second = byPeriod(later, 'later');
  return [...first.keys()]
    .filter((p) => second.has(p))
    .sort()
    .map((period) => {
      const e = first.get(period)!;
      const l = second.get(period)!;
      const earlierValue = convert(pointValue(e, 'the earlier'), e.unit, unit);
      const laterValue = convert(pointValue(l, 'the later'), l.unit, unit);
      if (earlierValue === 0) throw new RangeError(`revisions: the earlier figure "${e.id}" is 0; a ratio to it is undefined`);
      return { period, earlier: e, later: l, earlierValue, laterValue, difference: laterValue - earlierValue, ratio: laterValue / earlierValue };
    });
}

import type { Unit } from '../model/unit.js';
import { HelperRangeError, HelperTypeError, finiteNumber, finiteResult } from './errors.js';
import { powersOfTen, unitScale, unitScales } from './units.js';

let lastFrom: unknown;
let lastTo: unknown;
let divide = false;
let factor = 1;

/** What a unit argument must be; a function, so that a bundle that never converts drops it (a top-level call is kept). */
const units = (): string => `one of the units of the model (${Object.keys(unitScales).join(', ')})`;

function checkedScale(argument: string, unit: unknown): readonly [string, number] {
  const scale = unitScale(unit);
  if (scale !== undefined) return scale;
  if (typeof unit !== 'string') throw new HelperTypeError('convert', argument, unit, units());
  throw new HelperRangeError('convert', argument, unit, units());
}

/**
 * Converts a figure between two units of the model that measure the same thing:
 * thousand-persons ↔ persons, billion-usd ↔ million-usd ↔ usd, km2 ↔ m2, percent ↔ fraction;
 * any unit converts to itself. The scale is a power of ten, applied by multiplying (to a
 * smaller unit) or dividing (to a larger one), so a figure converted to a smaller unit and back
 * comes back as written in all but the last bit at worst.
 *
 * This runs in O(1).
 *
 * @param value - A finite number in unit `from`.
 * @param from - The unit `value` is in.
 * @param to - The unit wanted.
 * @returns `value` in unit `to`.
 * @throws {HelperTypeError} when `value` is not a number or a unit is not a string.
 * @throws {HelperRangeError} when `value` is not finite, `from` or `to` is not a unit of the
 * model, the two units measure different things (persons into usd, km into km2), or the result
 * overflows.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { convert } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const departures1990 = table1.observations.find((o) => o.id === 'departures-1990')!;
 * departures1990.qualifier !== 'range' && convert(departures1990.value, departures1990.unit, 'persons'); //=> 137900
 * convert(1.5, 'billion-usd', 'million-usd'); //=> 1500
 * convert(1472, 'million-usd', 'billion-usd'); //=> 1.472
 * convert(20, 'percent', 'fraction'); //=> 0.2
 * convert(19500, 'km2', 'm2'); //=> 19500000000
 * ```
 */
export function convert(value: number, from: Unit, to: Unit): number {
  // The units of the last call stay checked, so that a loop over one pair of units checks them
  // once; the rest is small enough for the engine to inline into the caller's loop.
  if (from !== lastFrom || to !== lastTo) checkUnits(from, to);
  // checked before any arithmetic: a bigint or a symbol would throw a bare TypeError there
  if (typeof value !== 'number') finiteNumber('convert', 'value', value);
  const result = divide ? value / factor : value * factor;
  if (result - result !== 0) badValue(value, result);
  return result;
}

function checkUnits(from: unknown, to: unknown): void {
  const [fromFamily, fromExponent] = checkedScale('from', from);
  const [toFamily, toExponent] = checkedScale('to', to);
  if (fromFamily !== toFamily) {
    const targets = Object.keys(unitScales).filter((u) => unitScales[u as Unit][0] === fromFamily);
    throw new HelperRangeError('convert', 'to', to, `a unit that "${String(from)}" converts to (${targets.join(', ')})`);
  }
  const k = fromExponent - toExponent;
  lastFrom = from;
  lastTo = to;
  divide = k < 0;
  factor = powersOfTen[Math.abs(k)]!;
}

function badValue(value: unknown, result: number): never {
  finiteNumber('convert', 'value', value);
  return finiteResult('convert', 'value', value, result) as never;
}

import type { Unit } from '../model/unit.js';

/**
 * Each unit's family (units of one family convert into each other) and its power of ten
 * against the family's base unit: thousand-persons is 10³ persons, km2 10⁶ m2, percent 10⁻²
 * of a fraction. A unit alone in its family converts only to itself.
 */
export const unitScales: Readonly<Record<Unit, readonly [family: string, exponent: number]>> = Object.freeze({
  persons: ['persons', 0],
  'thousand-persons': ['persons', 3],
  usd: ['usd', 0],
  'million-usd': ['usd', 6],
  'billion-usd': ['usd', 9],
  m2: ['area', 0],
  km2: ['area', 6],
  fraction: ['share', 0],
  percent: ['share', -2],
  km: ['km', 0],
  tons: ['tons', 0],
  count: ['count', 0],
  'count-per-month': ['count-per-month', 0],
  cases: ['cases', 0],
  years: ['years', 0],
  rank: ['rank', 0],
  ratio: ['ratio', 0],
});

/** The family's unit that figures of mixed units are brought to (see `compareSources`). */
export const familyBase: Readonly<Record<string, Unit>> = Object.freeze({ persons: 'persons', usd: 'usd', area: 'km2', share: 'percent' });

/** Powers of ten from 10⁰ to 10⁹, exact as doubles. */
export const powersOfTen: readonly number[] = Object.freeze([1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]);

/** The scale of a unit, or undefined for a string that is not a unit of the model. */
export function unitScale(unit: unknown): readonly [string, number] | undefined {
  return typeof unit === 'string' && Object.hasOwn(unitScales, unit) ? unitScales[unit as Unit] : undefined;
}

/**
 * Scales `value` by 10^`k`: multiplies for k > 0 and divides for k < 0, so that a figure read
 * from a smaller unit comes back as written (1432600 persons / 10³ is exactly 1432.6).
 */
export function scaleByPowerOfTen(value: number, k: number): number {
  return k === 0 ? value : k > 0 ? value * powersOfTen[k]! : value / powersOfTen[-k]!;
}

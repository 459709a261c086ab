/**
 * A unit of measure. `thousand-persons` and `million-usd` keep the scale the source writes in.
 * The same list as the `Unit` schema of `azerbaijan-data/schema` (a type test holds them equal).
 *
 * @example
 * ```ts
 * import type { Unit } from 'azerbaijan-data';
 * const unit: Unit = 'thousand-persons';
 * ```
 */
export type Unit =
  | 'persons'
  | 'thousand-persons'
  | 'percent'
  | 'fraction'
  | 'usd'
  | 'million-usd'
  | 'billion-usd'
  | 'km2'
  | 'km'
  | 'm2'
  | 'tons'
  | 'count'
  | 'count-per-month'
  | 'cases'
  | 'years'
  | 'rank'
  | 'ratio';

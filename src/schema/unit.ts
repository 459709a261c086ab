import { z } from 'zod';
import type { Unit as UnitType } from '../model/unit.js';

/**
 * The units a figure can be stated in. A scale word of the source goes into the unit
 * (`"1,432.6 thousands"` is `1432.6` in `thousand-persons`), so that no figure is rescaled
 * on the way in. `count` counts things other than people (trucks, loans, courses); `cases` counts cases or incidents of an event that may befall one person more than once (IDMC's new displacements, "the number of new cases or incidents of displacement … rather than the number of people"); `rank` is
 * a position in an ordered list the source gives; `ratio` a multiple ("threefold"); `fraction` is a share as a number from 0
 * to 1 (`"a third"`), `percent` one from 0 to 100.
 *
 * @example
 * ```ts
 * import { Unit } from 'azerbaijan-data/schema';
 * Unit.parse('thousand-persons'); //=> 'thousand-persons'
 * ```
 */
export const Unit = z.enum([
  'persons',
  'thousand-persons',
  'percent',
  'fraction',
  'usd',
  'million-usd',
  'billion-usd',
  'km2',
  'km',
  'm2',
  'tons',
  'count',
  'count-per-month',
  'cases',
  'years',
  'rank',
  'ratio',
]);

/** One of the units of {@link Unit}. */
export type Unit = UnitType;

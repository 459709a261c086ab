import type { Provenance } from './provenance.js';
import type { Unit } from './unit.js';

/**
 * The fields every observation has, whatever its qualifier. `Id` and `MeasureId` are the
 * literal unions of the dataset's observation and measure ids (plain `string` for a dataset of
 * your own).
 *
 * @example
 * ```ts
 * import type { ObservationBase } from 'azerbaijan-data';
 * type Period = ObservationBase['period']; // string
 * ```
 */
export interface ObservationBase<Id extends string = string, MeasureId extends string = string> extends Provenance {
  /** Identifier of the observation, unique within its dataset. */
  readonly id: Id;
  /** What is measured; the same measure id across datasets marks statements of the same figure. */
  readonly measure: MeasureId;
  readonly unit: Unit;
  /** An ISO 8601 year, month, date or interval `start/end`. */
  readonly period: string;
  /** Dimension id → code (ISO 3166-1 alpha-2 for countries). */
  readonly dimensions: { readonly [dimension: string]: string };
  /** The document's own word for the qualifier ("almost", "more than", "up to"). */
  readonly wording?: string | undefined;
  /**
   * The same figure as its publisher also publishes it, rounded, beside the unrounded value
   * (IDMC's `total_displacement_rounded`): kept, not lost. `column` names its column.
   */
  readonly rounded?: { readonly value: number; readonly column: string } | undefined;
}

/**
 * A figure with one value: `exact`, `approximate` ("almost", "around"), `atLeast` ("more than")
 * or `atMost` ("up to", "less than").
 *
 * @example
 * ```ts
 * import type { PointObservation } from 'azerbaijan-data';
 * type Q = PointObservation['qualifier']; // 'exact' | 'approximate' | 'atLeast' | 'atMost'
 * ```
 */
export interface PointObservation<
  Id extends string = string,
  MeasureId extends string = string,
  Q extends 'exact' | 'approximate' | 'atLeast' | 'atMost' = 'exact' | 'approximate' | 'atLeast' | 'atMost',
> extends ObservationBase<Id, MeasureId> {
  readonly qualifier: Q;
  readonly value: number;
}

/**
 * A figure the source gives as a range, from `low` to `high`; no midpoint is invented.
 *
 * @example
 * ```ts
 * import type { RangeObservation } from 'azerbaijan-data';
 * type Q = RangeObservation['qualifier']; // 'range'
 * ```
 */
export interface RangeObservation<Id extends string = string, MeasureId extends string = string> extends ObservationBase<Id, MeasureId> {
  readonly qualifier: 'range';
  readonly low: number;
  readonly high: number;
}

/**
 * One figure, with the qualifier that keeps what its source says: `exact`; `approximate`;
 * `atLeast`; `atMost`; or a `range` with `low` and `high`. Narrow on `qualifier` to read it.
 * The same shape as the `Observation` schema of `azerbaijan-data/schema` (a type test holds
 * them equal).
 *
 * @example
 * ```ts
 * import type { Observation } from 'azerbaijan-data';
 * import { internationalMigration } from 'azerbaijan-data';
 * const o: Observation = internationalMigration.observations[0]!;
 * o.qualifier === 'range' ? o.low : o.value; //=> 84.3
 * ```
 */
export type Observation<Id extends string = string, MeasureId extends string = string> =
  | PointObservation<Id, MeasureId, 'exact'>
  | PointObservation<Id, MeasureId, 'approximate'>
  | PointObservation<Id, MeasureId, 'atLeast'>
  | PointObservation<Id, MeasureId, 'atMost'>
  | RangeObservation<Id, MeasureId>;

/**
 * An observation with one value (exact, approximate, at least or at most): the members of
 * {@link Observation} that have `value`, one per qualifier, so that narrowing on `qualifier`
 * still works. A library dataset's observation whose id is a point id has this type, so its
 * `value` is a `number` without narrowing.
 *
 * @example
 * ```ts
 * import { observation, remittanceFlows } from 'azerbaijan-data';
 * import type { PointOf } from 'azerbaijan-data';
 * const o: PointOf = observation(remittanceFlows, 'inward-remittances-2003');
 * o.value; //=> 171
 * ```
 */
export type PointOf<Id extends string = string, MeasureId extends string = string> =
  | PointObservation<Id, MeasureId, 'exact'>
  | PointObservation<Id, MeasureId, 'approximate'>
  | PointObservation<Id, MeasureId, 'atLeast'>
  | PointObservation<Id, MeasureId, 'atMost'>;

/**
 * The qualifiers an observation can carry.
 *
 * @example
 * ```ts
 * import type { Qualifier } from 'azerbaijan-data';
 * const q: Qualifier = 'atMost';
 * ```
 */
export type Qualifier = Observation['qualifier'];

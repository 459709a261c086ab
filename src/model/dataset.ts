import type { DatasetIds } from './datasetIds.js';
import type { Event, Gap } from './event.js';
import type { Observation, PointOf, RangeObservation } from './observation.js';
import type { Relation } from './relation.js';
import type { Source } from './source.js';
import type { Topic } from './topic.js';
import type { Unit } from './unit.js';

/**
 * A dimension of a dataset (country, sex, sector…) with the codes its observations use.
 *
 * @example
 * ```ts
 * import type { Dimension } from 'azerbaijan-data';
 * const country: Dimension = { id: 'country', label: 'Country', values: [{ code: 'RU', label: 'Russian Federation' }] };
 * ```
 */
export interface Dimension {
  readonly id: string;
  readonly label: string;
  readonly codelist?: string | undefined;
  readonly values: readonly { readonly code: string; readonly label: string }[];
}

/**
 * A measure of a dataset: what its observations count. `Id` is the measure id's literal type.
 *
 * @example
 * ```ts
 * import type { Measure } from 'azerbaijan-data';
 * const m: Measure<'net-migration'> = { id: 'net-migration', label: 'Net migration' };
 * ```
 */
export interface Measure<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description?: string | undefined;
}

/**
 * The literal union of the ids of the library's dataset `Id` whose observations have one value
 * (exact, approximate, at least, at most), generated from the data; `string` for any other id.
 *
 * @example
 * ```ts
 * import type { PointId } from 'azerbaijan-data';
 * const id: PointId<'remittance-flows'> = 'inward-remittances-2003';
 * ```
 */
export type PointId<Id extends string> = Id extends keyof DatasetIds ? DatasetIds[Id]['point'] : string;

/**
 * The literal union of the ids of the library's dataset `Id` whose observations are ranges (low
 * to high), generated from the data (`never` where it has none); `string` for any other id.
 *
 * @example
 * ```ts
 * import type { RangeId } from 'azerbaijan-data';
 * const id: RangeId<'undocumented-migrants'> = 'undocumented-migrants';
 * ```
 */
export type RangeId<Id extends string> = Id extends keyof DatasetIds ? DatasetIds[Id]['range'] : string;

/**
 * The literal union of the observation ids of the library's dataset `Id` (its point ids and its
 * range ids, generated from the data); `string` for any other id.
 *
 * @example
 * ```ts
 * import type { ObservationId } from 'azerbaijan-data';
 * const id: ObservationId<'international-migration'> = 'net-migration-2010';
 * ```
 */
export type ObservationId<Id extends string> = Id extends keyof DatasetIds ? DatasetIds[Id]['point'] | DatasetIds[Id]['range'] : string;

/**
 * The literal union of the event ids of the library's dataset `Id` (generated from the data;
 * `never` where it has none); `string` for any other id.
 *
 * @example
 * ```ts
 * import type { EventId } from 'azerbaijan-data';
 * const id: EventId<'migration-policy-timeline'> = 'independence-1991';
 * ```
 */
export type EventId<Id extends string> = Id extends keyof DatasetIds ? DatasetIds[Id]['event'] : string;

/**
 * The literal union of the measure ids of the library's dataset `Id` (generated from the
 * data); `string` for any other id.
 *
 * @example
 * ```ts
 * import type { MeasureId } from 'azerbaijan-data';
 * const id: MeasureId<'international-migration'> = 'net-migration';
 * ```
 */
export type MeasureId<Id extends string> = Id extends keyof DatasetIds ? DatasetIds[Id]['measure'] : string;

/**
 * The union of the measure ids of all the library's datasets (generated from the data): what
 * `estimates(datasets, measure)` takes for the library's `datasets` (and what `isMeasureId(datasets, s)` narrows to).
 *
 * @example
 * ```ts
 * import type { LibraryMeasureId } from 'azerbaijan-data';
 * const measure: LibraryMeasureId = 'idps';
 * ```
 */
export type LibraryMeasureId = DatasetIds[keyof DatasetIds]['measure'];

/**
 * The observation type of the library's dataset `Id`: a point ({@link PointOf}) for each point
 * id and a {@link RangeObservation} for each range id, so that an observation's id says which it
 * is; {@link Observation} for any other id.
 *
 * @example
 * ```ts
 * import type { ObservationOf } from 'azerbaijan-data';
 * import { remittanceFlows } from 'azerbaijan-data';
 * const o: ObservationOf<'remittance-flows'> = remittanceFlows.observations[0]!;
 * o.value; //=> 171
 * ```
 */
export type ObservationOf<Id extends string> = Id extends keyof DatasetIds
  ?
      | ([DatasetIds[Id]['point']] extends [never] ? never : PointOf<DatasetIds[Id]['point'], DatasetIds[Id]['measure']>)
      | ([DatasetIds[Id]['range']] extends [never] ? never : RangeObservation<DatasetIds[Id]['range'], DatasetIds[Id]['measure']>)
  : Observation;

/**
 * The id of a figure of dataset `D` that `cite` takes: one of its observation ids or event ids
 * (literal unions for a dataset of the library, `string` for a dataset of your own).
 *
 * @example
 * ```ts
 * import type { FigureId } from 'azerbaijan-data';
 * import type { remittanceFlows } from 'azerbaijan-data';
 * const id: FigureId<typeof remittanceFlows> = 'inward-remittances-2010';
 * ```
 */
export type FigureId<D extends Dataset> = D['observations'][number]['id'] | D['events'][number]['id'];

/**
 * A published dataset: deeply readonly, with its id as a string literal type and, for the
 * library's own datasets, its observation, event and measure ids as literal unions, so that a
 * typo in any of them is a compile error and editors complete them, and each observation typed
 * as a point or a range by its id ({@link ObservationOf}). The same shape as the `Dataset`
 * schema of `azerbaijan-data/schema` (a type test holds them equal).
 *
 * @example
 * ```ts
 * import type { Dataset } from 'azerbaijan-data';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * const d: Dataset = internationalMigration;
 * d.id; //=> 'international-migration'
 * ```
 */
export interface Dataset<Id extends string = string> {
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly topic: Topic;
  /** The semantic version of the dataset's content. */
  readonly version: string;
  /** The SHA-256 of the dataset's canonical content. */
  readonly sha256: string;
  readonly units: readonly Unit[];
  readonly measures: readonly Measure<MeasureId<Id>>[];
  readonly dimensions: readonly Dimension[];
  readonly sources: readonly Source[];
  readonly observations: readonly ObservationOf<Id>[];
  readonly relations: readonly Relation<ObservationId<Id>>[];
  readonly events: readonly Event<EventId<Id>>[];
  readonly gaps: readonly Gap<MeasureId<Id>>[];
  readonly notes: readonly string[];
}

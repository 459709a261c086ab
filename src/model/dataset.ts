import type { DatasetIds } from './datasetIds.js';
import type { Event, Gap } from './event.js';
import type { Observation } from './observation.js';
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
 * The literal union of the observation ids of the library's dataset `Id` (generated from the
 * data); `string` for any other id.
 *
 * @example
 * ```ts
 * import type { ObservationId } from 'azerbaijan-data';
 * const id: ObservationId<'international-migration'> = 'net-migration-2010';
 * ```
 */
export type ObservationId<Id extends string> = Id extends keyof DatasetIds ? DatasetIds[Id]['observation'] : string;

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
 * A published dataset: deeply readonly, with its id as a string literal type and, for the
 * library's own datasets, its observation and measure ids as literal unions, so that a typo in
 * any of them is a compile error and editors complete them. The same shape as the `Dataset`
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
  readonly observations: readonly Observation<ObservationId<Id>, MeasureId<Id>>[];
  readonly relations: readonly Relation<ObservationId<Id>>[];
  readonly events: readonly Event[];
  readonly gaps: readonly Gap<MeasureId<Id>>[];
  readonly notes: readonly string[];
}

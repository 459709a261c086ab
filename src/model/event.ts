import type { Locator } from './locator.js';
import type { Provenance } from './provenance.js';
import type { DateBasis } from './source.js';

/**
 * A dated event the source reports (a law passed, a ceasefire), with its provenance. `Id` is the
 * literal union of the dataset's event ids (plain `string` for a dataset of your own).
 *
 * @example
 * ```ts
 * import type { Event } from 'azerbaijan-data';
 * import { migrationPolicyTimeline } from 'azerbaijan-data';
 * const first: Event = migrationPolicyTimeline.events[0]!;
 * typeof first.date; //=> 'string'
 * ```
 */
export interface Event<Id extends string = string> extends Provenance {
  readonly id: Id;
  readonly label: string;
  /** An ISO 8601 year, month, date or interval. */
  readonly date: string;
  readonly dateBasis: DateBasis;
}

/**
 * A table cell the source leaves empty or marks as not available: kept, so that a missing
 * figure is never read as zero. `MeasureId` is the dataset's literal union of measure ids.
 *
 * @example
 * ```ts
 * import type { Gap } from 'azerbaijan-data';
 * const gap: Gap = { measure: 'arrivals', period: '1995', dimensions: {}, locator: { section: 'Annex' }, asWritten: '-' };
 * ```
 */
export interface Gap<MeasureId extends string = string> {
  readonly measure: MeasureId;
  readonly period: string;
  readonly dimensions: { readonly [dimension: string]: string };
  readonly locator: Locator;
  readonly asWritten: string;
  readonly note?: string | undefined;
}

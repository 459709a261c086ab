import { z } from 'zod';
import type { Event as EventType, Gap as GapType } from '../model/event.js';
import { Slug } from './ids.js';
import { Locator } from './locator.js';
import { DateBasis } from './source.js';
import { provenanceFields } from './provenance.js';
import { Period } from './period.js';

/**
 * A dated event a source reports (a ceasefire, the founding of an agency), with its ISO date
 * and whether that date is stated or inferred (a "Wednesday" read against the article's date).
 *
 * @example
 * ```ts
 * import { Event } from 'azerbaijan-data/schema';
 * Event.parse({
 *   id: 'anama-established', label: 'ANAMA established', date: '1998-07-18', dateBasis: 'stated',
 *   source: 'landmine-monitor-2000-azerbaijan', locator: { section: 'Mine Clearance and Funding' },
 *   quote: 'On 18 July 1998 the civilian Azerbaijan National Agency for Mine Action (ANAMA) was established',
 *   asWritten: '18 July 1998',
 * }).date; //=> '1998-07-18'
 * ```
 */
export const Event = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  date: Period,
  dateBasis: DateBasis,
  ...provenanceFields,
});

/** An event, as validated by {@link Event}. */
export type Event = EventType;

/**
 * A table cell that the source leaves without a figure (written `-`): kept so that it is
 * never read as zero.
 *
 * @example
 * ```ts
 * import { Gap } from 'azerbaijan-data/schema';
 * Gap.parse({ measure: 'departures', period: '2008', dimensions: { country: 'IR' },
 *   locator: { section: 'Legal migration', table: 'Table 2', row: 'Iran', column: '2008' }, asWritten: '-' });
 * ```
 */
export const Gap = z.strictObject({
  measure: Slug,
  period: Period,
  dimensions: z.record(Slug, z.string().min(1)),
  locator: Locator,
  asWritten: z.string().min(1),
  note: z.string().min(1).optional(),
});

/** A gap, as validated by {@link Gap}. */
export type Gap<MeasureId extends string = string> = GapType<MeasureId>;

import { z } from 'zod';
import type { Observation as ObservationType } from '../model/observation.js';
import { Slug } from './ids.js';
import { Period } from './period.js';
import { provenanceFields } from './provenance.js';
import { Unit } from './unit.js';

const provenance = {
  /** Identifier of the observation, unique within its dataset. */
  id: Slug,
  /** What is measured; the same measure id across datasets marks statements of the same figure. */
  measure: Slug,
  unit: Unit,
  period: Period,
  /** Dimension id → code (ISO 3166-1 alpha-2 for countries). */
  dimensions: z.record(Slug, z.string().min(1)),
  /** The document's own word for the qualifier ("almost", "more than", "up to"). */
  wording: z.string().min(1).optional(),
  ...provenanceFields,
};

const finite = z.number().refine(Number.isFinite, 'expected a finite number');

/** The rounded figure the publisher publishes beside the unrounded value, and its column. */
const rounded = { rounded: z.strictObject({ value: finite, column: z.string().min(1) }).optional() };

/**
 * One figure, with the qualifier that keeps what its source says: `exact`; `approximate`
 * ("almost", "around", "nearly", "some"); `atLeast` ("more than"); `atMost` ("up to", "less
 * than"); or a `range` with `low` and `high`. No midpoint is ever invented for a range.
 *
 * @example
 * ```ts
 * import { Observation } from 'azerbaijan-data/schema';
 * Observation.parse({
 *   id: 'invalids', measure: 'conflict-invalids', qualifier: 'atLeast', value: 7000,
 *   wording: 'more than', unit: 'persons', period: '1998', dimensions: {},
 *   source: 'landmine-monitor-2000-azerbaijan', locator: { section: 'Landmine Casualties and Survivor Assistance', footnote: 28 },
 *   quote: 'more than 7,000 invalids', asWritten: '7,000',
 * }).qualifier; //=> 'atLeast'
 * ```
 */
export const Observation = z
  .discriminatedUnion('qualifier', [
    z.strictObject({ ...provenance, ...rounded, qualifier: z.literal('exact'), value: finite }),
    z.strictObject({ ...provenance, ...rounded, qualifier: z.literal('approximate'), value: finite }),
    z.strictObject({ ...provenance, ...rounded, qualifier: z.literal('atLeast'), value: finite }),
    z.strictObject({ ...provenance, ...rounded, qualifier: z.literal('atMost'), value: finite }),
    z.strictObject({ ...provenance, ...rounded, qualifier: z.literal('range'), low: finite, high: finite }),
  ])
  .superRefine((o, ctx) => {
    if (o.qualifier === 'range' && o.low > o.high) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: `expected low (${o.low}) ≤ high (${o.high})` });
    }
    if (!o.quote.replace(/\s+/g, ' ').includes(o.asWritten.replace(/\s+/g, ' '))) {
      ctx.addIssue({ code: 'custom', path: ['asWritten'], message: `expected "${o.asWritten}" to be part of the quote` });
    }
  });

/** One observation, as validated by {@link Observation}. */
export type Observation<Id extends string = string, MeasureId extends string = string> = ObservationType<Id, MeasureId>;

/**
 * The qualifiers an observation can carry.
 *
 * @example
 * ```ts
 * import type { Qualifier } from 'azerbaijan-data/schema';
 * const q: Qualifier = 'atMost';
 * ```
 */
export type Qualifier = Observation['qualifier'];

import { z } from 'zod';
import type { Relation as RelationType } from '../model/relation.js';
import { Slug } from './ids.js';

const finite = z.number().refine(Number.isFinite, 'expected a finite number');

/** What a source's figures miss by, stated so that it is never hidden by a tolerance. */
const Discrepancy = z.strictObject({ value: finite, note: z.string().min(1) });

const common = {
  id: Slug,
  description: z.string().min(1),
  /** The largest absolute difference that the source's own rounding explains. */
  tolerance: finite.refine((t) => t >= 0, 'expected a tolerance ≥ 0'),
  /** The difference the source's own figures leave, where they do not add up. */
  discrepancy: Discrepancy.optional(),
};

/**
 * A consistency relation between observations of a dataset, checked by the tests and by
 * `checkConsistency`:
 * - `sum`: `total` = Σ `parts` + `remainder`. The total is an observation id or a stated
 *   whole (`{ value: 100, label }` for shares). `remainder` is the explicit unallocated rest
 *   where the parts fall short of the total (an "other countries" the source does not list).
 * - `difference`: `result` = `minuend` − `subtrahend`.
 * - `share`: `percent` = 100 × `part` / `whole`.
 * - `partOf`: `part` lies inside `whole` (an area inside another, a subgroup inside a group),
 *   so the two must never be added up; `part` ≤ `whole`.
 * Any of the first three may carry a `discrepancy`: the size by which the source's own
 * figures miss, so that it is stated instead of hidden.
 *
 * @example
 * ```ts
 * import { Relation } from 'azerbaijan-data/schema';
 * Relation.parse({
 *   kind: 'difference', id: 'net-1990', description: 'Net migration = arrivals − departures',
 *   result: 'net-migration-1990', minuend: 'arrivals-1990', subtrahend: 'departures-1990', tolerance: 0.1,
 * }).kind; //=> 'difference'
 * ```
 */
export const Relation = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('sum'),
    total: z.union([Slug, z.strictObject({ value: finite, label: z.string().min(1) })]),
    parts: z.array(Slug).min(1),
    remainder: z.strictObject({ label: z.string().min(1), value: finite }).optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('difference'), result: Slug, minuend: Slug, subtrahend: Slug }),
  z.strictObject({ ...common, kind: z.literal('share'), percent: Slug, part: Slug, whole: Slug }),
  z.strictObject({
    id: Slug,
    description: z.string().min(1),
    kind: z.literal('partOf'),
    part: Slug,
    whole: Slug,
  }),
]);

/** A relation, as validated by {@link Relation}. */
export type Relation<ObservationId extends string = string> = RelationType<ObservationId>;

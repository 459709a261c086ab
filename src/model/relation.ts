/**
 * The fields every relation has. `ObservationId` is the dataset's literal union of
 * observation ids.
 *
 * @example
 * ```ts
 * import type { RelationBase } from 'azerbaijan-data';
 * const r: RelationBase = { id: 'net', description: 'Net is arrivals minus departures', tolerance: 0.1 };
 * ```
 */
export interface RelationBase {
  readonly id: string;
  readonly description: string;
  /** The largest absolute difference that the source's own rounding explains. */
  readonly tolerance: number;
  /** The difference the source's own figures leave, where they do not add up. */
  readonly discrepancy?: { readonly value: number; readonly note: string } | undefined;
}

/**
 * A check that must hold between observations of a dataset: a `sum` of parts to a total, a
 * `difference`, a `share` in percent, or a `partOf` that says one figure is included in
 * another. The same shape as the `Relation` schema of `azerbaijan-data/schema`.
 *
 * @example
 * ```ts
 * import type { Relation } from 'azerbaijan-data';
 * import { internationalMigration } from 'azerbaijan-data';
 * const kinds = internationalMigration.relations.map((r: Relation) => r.kind);
 * kinds.includes('difference'); //=> true
 * ```
 */
export type Relation<ObservationId extends string = string> =
  | (RelationBase & {
      readonly kind: 'sum';
      readonly total: ObservationId | { readonly value: number; readonly label: string };
      readonly parts: readonly ObservationId[];
      readonly remainder?: { readonly label: string; readonly value: number } | undefined;
    })
  | (RelationBase & { readonly kind: 'difference'; readonly result: ObservationId; readonly minuend: ObservationId; readonly subtrahend: ObservationId })
  | (RelationBase & { readonly kind: 'share'; readonly percent: ObservationId; readonly part: ObservationId; readonly whole: ObservationId })
  | { readonly id: string; readonly description: string; readonly kind: 'partOf'; readonly part: ObservationId; readonly whole: ObservationId };

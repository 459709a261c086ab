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
 * A relation that the total of its parts must match: `total` is an observation id or a figure
 * the source states without an observation of its own.
 *
 * @example
 * ```ts
 * import type { SumRelation } from 'azerbaijan-data';
 * type Parts = SumRelation<'a' | 'b' | 'c'>['parts']; // readonly ('a' | 'b' | 'c')[]
 * ```
 */
export interface SumRelation<ObservationId extends string = string> extends RelationBase {
  readonly kind: 'sum';
  readonly total: ObservationId | { readonly value: number; readonly label: string };
  readonly parts: readonly ObservationId[];
  readonly remainder?: { readonly label: string; readonly value: number } | undefined;
}

/**
 * A relation `result = minuend − subtrahend` between three observations.
 *
 * @example
 * ```ts
 * import type { DifferenceRelation } from 'azerbaijan-data';
 * type Kind = DifferenceRelation['kind']; // 'difference'
 * ```
 */
export interface DifferenceRelation<ObservationId extends string = string> extends RelationBase {
  readonly kind: 'difference';
  readonly result: ObservationId;
  readonly minuend: ObservationId;
  readonly subtrahend: ObservationId;
}

/**
 * A relation `percent = 100 × part / whole` between three observations.
 *
 * @example
 * ```ts
 * import type { ShareRelation } from 'azerbaijan-data';
 * type Kind = ShareRelation['kind']; // 'share'
 * ```
 */
export interface ShareRelation<ObservationId extends string = string> extends RelationBase {
  readonly kind: 'share';
  readonly percent: ObservationId;
  readonly part: ObservationId;
  readonly whole: ObservationId;
}

/**
 * A statement that one figure is included in another (no arithmetic to check).
 *
 * @example
 * ```ts
 * import type { PartOfRelation } from 'azerbaijan-data';
 * type Kind = PartOfRelation['kind']; // 'partOf'
 * ```
 */
export interface PartOfRelation<ObservationId extends string = string> {
  readonly id: string;
  readonly description: string;
  readonly kind: 'partOf';
  readonly part: ObservationId;
  readonly whole: ObservationId;
}

/**
 * A check that must hold between observations of a dataset: a `sum` of parts to a total, a
 * `difference`, a `share` in percent, or a `partOf` that says one figure is included in
 * another. `ObservationId` is the dataset's literal union of observation ids. The same shape as
 * the `Relation` schema of `azerbaijan-data/schema`.
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
  | SumRelation<ObservationId>
  | DifferenceRelation<ObservationId>
  | ShareRelation<ObservationId>
  | PartOfRelation<ObservationId>;

import { HelperRangeError } from './errors.js';
import { nearestIds } from './nearestIds.js';

/**
 * Thrown by {@link observation} and {@link byMeasure} when an id is not one of the dataset's
 * (possible at run time only, with an id that was not a literal). The message names the
 * dataset and the closest ids it has; `dataset`, `kind` and `closest` keep the same facts.
 *
 * @example
 * ```ts
 * import { observation, UnknownIdError, internationalMigration } from 'azerbaijan-data';
 * const typed: string = 'net-migratoin-2010';
 * const error = (() => { try { observation(internationalMigration, typed as never); } catch (e) { return e as UnknownIdError; } })()!;
 * error instanceof UnknownIdError && error instanceof RangeError; //=> true
 * [error.dataset, error.kind, error.closest[0]]; //=> ['international-migration', 'observation', 'net-migration-2010']
 * ```
 */
export class UnknownIdError extends HelperRangeError {
  override readonly name: string = 'UnknownIdError';
  /** The id of the dataset that was searched. */
  readonly dataset: string;
  /** What kind of id was not found. */
  readonly kind: 'observation' | 'measure';
  /** The dataset's ids closest to the one received, closest first. */
  readonly closest: readonly string[];

  constructor(helper: string, dataset: string, kind: 'observation' | 'measure', received: string, known: readonly string[]) {
    const closest = nearestIds(received, known);
    super(
      helper,
      kind === 'observation' ? 'id' : 'measure',
      received,
      known.length === 0
        ? `a ${kind} id of dataset "${dataset}", which has none`
        : `one of the ${known.length} ${kind} ids of dataset "${dataset}" (closest: ${closest.map((c) => `"${c}"`).join(', ')})`,
    );
    this.dataset = dataset;
    this.kind = kind;
    this.closest = Object.freeze(closest);
  }
}

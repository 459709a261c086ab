import { closestIds } from './closestIds.js';
import { HelperRangeError } from './errors.js';

/** The argument that names each kind of id. */
const ARGUMENT = { observation: 'id', measure: 'measure', figure: 'figureId', dataset: 'id' } as const;
/** How a message names each kind of id. */
const NOUN = { observation: 'observation id', measure: 'measure id', figure: 'observation or event id', dataset: 'dataset id' } as const;

/**
 * Thrown by {@link observation}, {@link byMeasure}, {@link estimates} and `cite` when an id is
 * not one the dataset (or, for `estimates`, one of the datasets) has, and by `dataset` when an id
 * is not one of the library's datasets: possible at run time only, with an id that was not a
 * literal. The message names the dataset and the closest ids it has,
 * ranked as the command line ranks them; `dataset`, `kind` and `closest` keep the same facts.
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
  /** The id of the dataset that was searched; `null` when several were (`estimates`, `dataset`). */
  readonly dataset: string | null;
  /** What kind of id was not found: an observation's, a measure's, a figure's (an observation's or an event's, for `cite`) or a dataset's (for `dataset`). */
  readonly kind: 'observation' | 'measure' | 'figure' | 'dataset';
  /** The known ids closest to the one received, closest first; empty when none is close. */
  readonly closest: readonly string[];

  /**
   * @param among - For `dataset` `null`: how many datasets were searched.
   */
  constructor(helper: string, dataset: string | null, kind: 'observation' | 'measure' | 'figure' | 'dataset', received: string, known: readonly string[], among = 1) {
    const closest = closestIds(received, known);
    const where = kind === 'dataset' ? 'the library' : dataset === null ? `the ${among} dataset${among === 1 ? '' : 's'} given` : `dataset "${dataset}"`;
    const hint = closest.length > 0 ? `closest: ${closest.map((c) => `"${c}"`).join(', ')}` : 'none is close to it';
    super(
      helper,
      ARGUMENT[kind],
      received,
      known.length === 0 ? `a ${NOUN[kind]} of ${where}, which ${dataset === null ? 'have' : 'has'} none` : `one of the ${known.length} ${NOUN[kind]}s of ${where} (${hint})`,
    );
    this.dataset = dataset;
    this.kind = kind;
    this.closest = Object.freeze(closest);
  }
}

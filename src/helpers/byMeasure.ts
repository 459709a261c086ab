import type { Dataset } from '../model/dataset.js';
import { HelperTypeError } from './errors.js';
import { UnknownIdError } from './unknownIdError.js';

/**
 * The observations of a dataset that state one measure, in the dataset's order. The measure is
 * typed as the dataset's literal union of measure ids, so a misspelt measure is a compile error;
 * each result has that measure in its type. A declared measure with no observation (only gaps)
 * gives an empty array.
 *
 * This runs in O(n) for n observations.
 *
 * @param dataset - A dataset of the library (or any dataset of the same shape).
 * @param measure - A measure id declared in `dataset.measures`.
 * @returns The observations of that measure (a new array).
 * @throws {@link UnknownIdError} when the dataset declares no such measure; {@link HelperTypeError}
 *   when the arguments are not a dataset and a string.
 *
 * @example
 * ```ts
 * import { byMeasure, internationalMigration } from 'azerbaijan-data';
 * const net = byMeasure(internationalMigration, 'net-migration');
 * net.map((o) => o.period).slice(-3); //=> ['2008', '2009', '2010']
 * net.at(-1)?.value; //=> 1.4
 * ```
 */
export function byMeasure<D extends Dataset, M extends D['measures'][number]['id']>(
  dataset: D,
  measure: M,
): (D['observations'][number] & { readonly measure: M })[] {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations) || !Array.isArray(dataset.measures)) {
    throw new HelperTypeError('byMeasure', 'dataset', dataset, 'a dataset with measures and observations arrays');
  }
  if (typeof measure !== 'string') throw new HelperTypeError('byMeasure', 'measure', measure, 'a measure id (a string)');
  if (!dataset.measures.some((m) => m.id === measure)) {
    throw new UnknownIdError('byMeasure', dataset.id, 'measure', measure, dataset.measures.map((m) => m.id));
  }
  return dataset.observations.filter((o): o is D['observations'][number] & { readonly measure: M } => o.measure === measure);
}

import type { Dataset } from '../model/dataset.js';
import { HelperTypeError } from './errors.js';

/**
 * Whether `id` is one of the observation ids of `dataset`: a type guard that narrows a string
 * that only arrives at run time (user input, a URL parameter, a JSON file) to the dataset's
 * literal union of observation ids, so that {@link observation} takes it without a cast. For a
 * dataset of your own the ids are `string`, and the guard still checks the value.
 *
 * This runs in O(n) for n observations.
 *
 * @param dataset - A dataset of the library (or any dataset of the same shape).
 * @param id - Any value; only a string can be an id.
 * @returns `true` when the dataset has an observation with that id.
 * @throws {@link HelperTypeError} when `dataset` is not a dataset.
 *
 * @example
 * ```ts
 * import { isObservationId, observation, internationalMigration } from 'azerbaijan-data';
 * const typed: string = 'net-migration-2010'; // say, from a form
 * isObservationId(internationalMigration, typed) ? observation(internationalMigration, typed).value : undefined; //=> 1.4
 * isObservationId(internationalMigration, 'net-migratoin-2010'); //=> false
 * isObservationId(internationalMigration, null); //=> false
 * ```
 */
export function isObservationId<D extends Dataset>(dataset: D, id: unknown): id is D['observations'][number]['id'] {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations)) {
    throw new HelperTypeError('isObservationId', 'dataset', dataset, 'a dataset with an observations array');
  }
  return typeof id === 'string' && dataset.observations.some((o) => o.id === id);
}

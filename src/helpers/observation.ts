import type { Dataset } from '../model/dataset.js';
import { HelperTypeError } from './errors.js';
import { UnknownIdError } from './unknownIdError.js';

/**
 * One observation of a dataset, by its id. The id is typed as the dataset's literal union of
 * observation ids, so a misspelt id is a compile error (and editors complete it); the result is
 * the dataset's observation type with that id, which for a dataset of the library says by the id
 * alone whether it is a point (exact, approximate, at least, at most: `value` is a `number`) or a
 * range (`low` and `high`, no `value`). For a dataset of your own, narrow on `qualifier`.
 *
 * This runs in O(n) for n observations.
 *
 * @param dataset - A dataset of the library (or any dataset of the same shape).
 * @param id - The observation's id.
 * @returns The observation.
 * @throws {@link UnknownIdError} when the dataset has no observation of that id (an id that
 *   was not a literal, such as user input); {@link HelperTypeError} when the arguments are not
 *   a dataset and a string.
 *
 * @example
 * ```ts
 * import { observation, internationalMigration, undocumentedMigrants } from 'azerbaijan-data';
 * const net = observation(internationalMigration, 'net-migration-2010');
 * net.value; //=> 1.4
 * [net.qualifier, net.unit]; //=> ['exact', 'thousand-persons']
 * const range = observation(undocumentedMigrants, 'undocumented-migrants');
 * [range.low, range.high]; //=> [30000, 50000]
 * ```
 */
export function observation<D extends Dataset, Id extends D['observations'][number]['id']>(
  dataset: D,
  id: Id,
): D['observations'][number] & { readonly id: Id } {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations)) {
    throw new HelperTypeError('observation', 'dataset', dataset, 'a dataset with an observations array');
  }
  if (typeof id !== 'string') throw new HelperTypeError('observation', 'id', id, 'an observation id (a string)');
  const found = dataset.observations.find((o) => o.id === id);
  if (found === undefined) {
    throw new UnknownIdError('observation', dataset.id, 'observation', id, dataset.observations.map((o) => o.id));
  }
  return found as D['observations'][number] & { readonly id: Id };
}

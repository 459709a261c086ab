import { datasets, type DatasetId } from '../catalogue.js';

/**
 * Whether `id` is the id of one of the library's datasets: a type guard that narrows a string
 * that only arrives at run time (user input, a URL parameter) to {@link DatasetId}, the ids
 * {@link dataset} takes. It reads the catalogue, so it is exported from the root only.
 *
 * This runs in O(n) for the n datasets of the library.
 *
 * @param id - Any value; only a string can be an id.
 * @returns `true` when the library has a dataset with that id.
 *
 * @example
 * ```ts
 * import { dataset, isDatasetId } from 'azerbaijan-data';
 * const typed: string = 'wdi-idps-idmc'; // say, from a URL
 * isDatasetId(typed) ? dataset(typed).title.length > 0 : false; //=> true
 * isDatasetId('wdi-idps-imdc'); //=> false
 * isDatasetId(undefined); //=> false
 * ```
 */
export function isDatasetId(id: unknown): id is DatasetId {
  return typeof id === 'string' && datasets.some((d) => d.id === id);
}

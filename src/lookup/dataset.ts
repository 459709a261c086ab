import { datasets, type DatasetId } from '../catalogue.js';
// From the helpers' index, so that the Node build's root shares the one class with helpers.mjs (instanceof holds).
import { HelperTypeError, UnknownIdError } from '../helpers/index.js';

/**
 * One of the library's datasets, by its id, typed as that dataset: its observation, event and
 * measure ids are its own literal unions, as if it had been imported by name. The id is typed
 * {@link DatasetId}, so a misspelt literal is a compile error and editors complete it; a string
 * that only arrives at run time is narrowed first with {@link isDatasetId}, or passed as it is
 * and checked here. For an id narrowed to several datasets, the result is their union.
 *
 * It reads the catalogue (every topic), so it is exported from the root only: a program that
 * needs one topic imports that topic's dataset by name.
 *
 * This runs in O(n) for the n datasets of the library.
 *
 * @param id - A dataset id of the library.
 * @returns The dataset (the library's own frozen object).
 * @throws {@link UnknownIdError} when the library has no dataset of that id: the message names
 *   the closest ids, and `closest` keeps them. {@link HelperTypeError} when `id` is not a string.
 *
 * @example
 * ```ts
 * import { dataset, observation, UnknownIdError, wdiIdpsIdmc } from 'azerbaijan-data';
 * import type { DatasetId } from 'azerbaijan-data';
 * const idps = dataset('wdi-idps-idmc');
 * idps === wdiIdpsIdmc; //=> true
 * observation(idps, 'idps-2022').value; //=> 659000
 * const typed: string = 'wdi-idps-imdc';
 * const error = (() => { try { dataset(typed as DatasetId); } catch (e) { return e as UnknownIdError; } })()!;
 * [error instanceof UnknownIdError, error.kind, error.closest[0]]; //=> [true, 'dataset', 'wdi-idps-idmc']
 * ```
 */
export function dataset<Id extends DatasetId>(id: Id): Extract<(typeof datasets)[number], { readonly id: Id }> {
  if (typeof id !== 'string') throw new HelperTypeError('dataset', 'id', id, 'a dataset id (a string such as "wdi-idps-idmc")');
  const found = datasets.find((d) => d.id === id);
  if (found === undefined) {
    throw new UnknownIdError('dataset', null, 'dataset', id, datasets.map((d) => d.id));
  }
  return found as Extract<(typeof datasets)[number], { readonly id: Id }>;
}

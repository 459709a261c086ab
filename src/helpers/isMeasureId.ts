import type { Dataset } from '../model/dataset.js';
import { HelperTypeError } from './errors.js';

/**
 * Whether `id` is a measure that one of the datasets `among` states, in one observation or more:
 * a type guard that narrows a string that only arrives at run time to the union of their measure
 * ids, the measures {@link estimates} takes for the same datasets, so that `estimates` after the
 * guard finds statements. A measure declared only for events or gaps (such as `dated-event`)
 * has no statements, and is not accepted. It takes the datasets, not the library's catalogue,
 * so that it works on a topic's datasets or your own and loads no other topic.
 *
 * This runs in O(n) for n observations.
 *
 * @param among - Datasets of the library (such as `datasets`), or any of the same shape.
 * @param id - Any value; only a string can be an id.
 * @returns `true` when one of the datasets has an observation of that measure.
 * @throws {@link HelperTypeError} when `among` is not an array of datasets.
 *
 * @example
 * ```ts
 * import { datasets, estimates, isMeasureId } from 'azerbaijan-data';
 * const typed: string = 'idps'; // say, from a search box
 * isMeasureId(datasets, typed) ? estimates(datasets, typed).length > 0 : false; //=> true
 * isMeasureId(datasets, 'idsp'); //=> false
 * // the measure of dated events, which are no statements
 * isMeasureId(datasets, 'dated-event'); //=> false
 * ```
 */
export function isMeasureId<D extends readonly Dataset[]>(among: D, id: unknown): id is D[number]['measures'][number]['id'] {
  if (!Array.isArray(among)) throw new HelperTypeError('isMeasureId', 'among', among, 'an array of datasets (such as datasets from azerbaijan-data)');
  for (const [i, d] of (among as readonly Dataset[]).entries()) {
    if (typeof d !== 'object' || d === null || !Array.isArray(d.observations)) {
      throw new HelperTypeError('isMeasureId', `among[${i}]`, d, 'a dataset (with an observations array)');
    }
  }
  return typeof id === 'string' && (among as readonly Dataset[]).some((d) => d.observations.some((o) => o.measure === id));
}

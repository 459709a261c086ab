import type { Dataset, FigureId } from '../model/dataset.js';
import { HelperTypeError } from './errors.js';

/**
 * Whether `id` is the id of a figure of `dataset`, one of its observations or events: a type
 * guard that narrows a string that only arrives at run time to the dataset's {@link FigureId},
 * the ids `cite` takes. For the ids {@link observation} takes (observations only), use
 * {@link isObservationId}.
 *
 * This runs in O(n) for n observations and events.
 *
 * @param dataset - A dataset of the library (or any dataset of the same shape).
 * @param id - Any value; only a string can be an id.
 * @returns `true` when the dataset has an observation or an event with that id.
 * @throws {@link HelperTypeError} when `dataset` is not a dataset.
 *
 * @example
 * ```ts
 * import { cite, isFigureId, migrationPolicyTimeline } from 'azerbaijan-data';
 * const typed: string = migrationPolicyTimeline.events[0]!.id; // say, from a URL
 * isFigureId(migrationPolicyTimeline, typed) ? cite(migrationPolicyTimeline, typed).text.length > 0 : false; //=> true
 * isFigureId(migrationPolicyTimeline, 'no-such-event'); //=> false
 * ```
 */
export function isFigureId<D extends Dataset>(dataset: D, id: unknown): id is FigureId<D> {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations) || !Array.isArray(dataset.events)) {
    throw new HelperTypeError('isFigureId', 'dataset', dataset, 'a dataset with observations and events arrays');
  }
  return typeof id === 'string' && (dataset.observations.some((o) => o.id === id) || dataset.events.some((e) => e.id === id));
}

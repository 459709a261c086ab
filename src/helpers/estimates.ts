import type { Dataset } from '../schema/dataset.js';
import type { Observation } from '../schema/observation.js';
import type { Source } from '../schema/source.js';
import { HelperRangeError, HelperTypeError } from './errors.js';

/**
 * One statement of a measure, where it stands: the dataset that holds it, the observation's id
 * there, the observation itself (the dataset's own object, not a copy) and its source.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import type { Statement } from 'azerbaijan-data/helpers';
 * const nrc: Statement = estimates('idps', datasets).find((s) => s.source.id === 'nrc-azerbaijan-country-programmes')!;
 * [nrc.dataset, nrc.observationId, nrc.observation.asWritten]; //=> ['nrc-displacement', 'idps', '570 000']
 * ```
 */
export interface Statement {
  /** Id of the dataset the statement stands in. */
  readonly dataset: string;
  /** Id of the observation within that dataset. */
  readonly observationId: string;
  /** The observation, as the dataset holds it. */
  readonly observation: Observation;
  /** The document the figure is read from. */
  readonly source: Source;
  /** The body the document attributes the figure to, where it names one. */
  readonly attribution?: Source;
}

/**
 * Every statement of a measure across the given datasets, each once, in the order of the
 * datasets and of their observations: competing estimates as a view over the datasets, which
 * copies no observation. A statement is held in exactly one dataset; an observation object
 * reached through two datasets (or a dataset passed twice) is returned once. Runs in `O(n)`
 * over the observations.
 *
 * @throws {HelperTypeError} when `measure` is not a string or `among` not an array of datasets.
 * @throws {HelperRangeError} when no dataset in `among` has an observation of `measure`
 *   (the message lists the measures there are).
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * estimates('idps', datasets).slice(0, 4).map((s) => s.observation.asWritten);
 * //=> ['579,000', '687,000', '570 000', '700,000']
 * estimates('idps', datasets).map((s) => `${s.dataset}/${s.observationId}`)[0]; //=> 'idp-estimates-idmc/idps-unhcr-2006'
 * ```
 */
export function estimates(measure: string, among: readonly Dataset[]): readonly Statement[] {
  if (typeof measure !== 'string' || measure === '') {
    throw new HelperTypeError('estimates', 'measure', measure, 'a measure id (a non-empty string such as "idps")');
  }
  if (!Array.isArray(among)) throw new HelperTypeError('estimates', 'among', among, 'an array of datasets (such as datasets from azerbaijan-data)');
  const seen = new Set<Observation>();
  const out: Statement[] = [];
  const measures = new Set<string>();
  for (const [i, d] of among.entries()) {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || !Array.isArray(d.observations) || !Array.isArray(d.sources)) {
      throw new HelperTypeError('estimates', `among[${i}]`, d, 'a dataset (with id, observations and sources)');
    }
    for (const o of d.observations) {
      measures.add(o.measure);
      if (o.measure !== measure || seen.has(o)) continue;
      seen.add(o);
      const source = d.sources.find((s: Source) => s.id === o.source)!;
      const attribution = o.attribution === undefined ? undefined : d.sources.find((s: Source) => s.id === o.attribution);
      out.push({ dataset: d.id, observationId: o.id, observation: o, source, ...(attribution ? { attribution } : {}) });
    }
  }
  if (out.length === 0) {
    const known = [...measures].sort();
    throw new HelperRangeError('estimates', 'measure', measure, `a measure that one of the ${among.length} datasets states (${known.length > 12 ? `${known.slice(0, 12).join(', ')}…` : known.join(', ') || 'none'})`);
  }
  return out;
}

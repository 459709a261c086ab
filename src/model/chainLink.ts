/**
 * How a body of a figure's chain of attribution passed the figure on: compiled, reported or
 * cited it.
 *
 * @example
 * ```ts
 * import type { ChainRole } from 'azerbaijan-data';
 * const role: ChainRole = 'compiledBy';
 * ```
 */
export type ChainRole = 'compiledBy' | 'reportedBy' | 'citedIn';

/**
 * One link of a figure's chain of attribution, between the body the figure is attributed to and
 * the document it is read from: `{ source: 'idmc', role: 'compiledBy' }` for UNHCR's estimate
 * as compiled by IDMC, as cited in the migration report.
 *
 * @example
 * ```ts
 * import type { ChainLink } from 'azerbaijan-data';
 * import { idpEstimatesIdmc } from 'azerbaijan-data';
 * const link: ChainLink = idpEstimatesIdmc.observations[0]!.via![0]!;
 * link.source; //=> 'idmc'
 * ```
 */
export interface ChainLink {
  /** Id of a source of the dataset: the body or publication that passed the figure on. */
  readonly source: string;
  readonly role: ChainRole;
}

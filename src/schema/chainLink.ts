import { z } from 'zod';
import type { ChainLink as ChainLinkType, ChainRole as ChainRoleType } from '../model/chainLink.js';
import { Slug } from './ids.js';

/**
 * How a body of a figure's chain of attribution passed the figure on: `compiledBy`, gathered
 * with others into a compilation (IDMC's estimates of the number of IDPs); `reportedBy`, told
 * or reported by a newspaper or news agency (a ministry's figure in Yeni Musavat, a prime
 * minister's statement as cited by RIA Novosti); `citedIn`, cited by a publication (the
 * government's estimate as cited in ICMPD's yearbook).
 *
 * @example
 * ```ts
 * import { ChainRole } from 'azerbaijan-data/schema';
 * ChainRole.options; //=> ['compiledBy', 'reportedBy', 'citedIn']
 * ```
 */
export const ChainRole = z.enum(['compiledBy', 'reportedBy', 'citedIn']);

/** One of the roles of {@link ChainRole}. */
export type ChainRole = ChainRoleType;

/**
 * One link of a figure's chain of attribution between the body the figure is attributed to
 * (`attribution`) and the document it is read from (`source`): the id of a source of the
 * dataset and how it passed the figure on.
 *
 * @example
 * ```ts
 * import { ChainLink } from 'azerbaijan-data/schema';
 * ChainLink.parse({ source: 'idmc', role: 'compiledBy' }).role; //=> 'compiledBy'
 * ```
 */
export const ChainLink = z.strictObject({
  /** Id of a source of the dataset: the body or publication that passed the figure on. */
  source: Slug,
  role: ChainRole,
});

/** A link, as validated by {@link ChainLink}. */
export type ChainLink = ChainLinkType;

import type { ChainLink } from './chainLink.js';
import type { Locator } from './locator.js';

/**
 * The provenance every figure and event carries: the document, the body it attributes the
 * figure to, the bodies between them (`via`), where in the document, its upstream citation, the verbatim quote and the figure as
 * written.
 *
 * @example
 * ```ts
 * import type { Provenance } from 'azerbaijan-data';
 * import { internationalMigration } from 'azerbaijan-data';
 * const p: Provenance = internationalMigration.observations[0]!;
 * p.source; //=> 'migration-country-report-azerbaijan'
 * ```
 */
export interface Provenance {
  /** Id of the document the figure is read from. */
  readonly source: string;
  /** Id of the body the document attributes the figure to, where it names one. */
  readonly attribution?: string | undefined;
  /**
   * The bodies between `attribution` and the document, in order from the body outward, where
   * the document says the figure came to it through them: UNHCR's estimate (`attribution:
   * 'unhcr'`) as compiled by IDMC (`via: [{ source: 'idmc', role: 'compiledBy' }]`), as cited in
   * the migration report (`source`).
   */
  readonly via?: readonly ChainLink[] | undefined;
  readonly locator: Locator;
  /** The document's own upstream citation for the figure (its footnote text), where it gives one. */
  readonly citation?: string | undefined;
  /** The shortest verbatim fragment of the document that contains the figure as written. */
  readonly quote: string;
  /** The figure exactly as the document writes it, a part of `quote`. */
  readonly asWritten: string;
  readonly note?: string | undefined;
}

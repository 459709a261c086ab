import { packageDate, packageVersion } from './packageVersion.js';

/**
 * How to cite this library itself: its name, title, version (the package's) and the date of that
 * version. `CITATION.cff` at the package root says the same, and a test keeps the two in step.
 * Every citation that {@link cite} makes carries it, so a reader can cite both the figure's
 * origin and the library it was taken from.
 *
 * @example
 * ```ts
 * import { packageCitation } from 'azerbaijan-data';
 * packageCitation.name; //=> 'azerbaijan-data'
 * ```
 */
export const packageCitation: {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly date: string;
  readonly authors: string;
} = /* @__PURE__ */ Object.freeze({
  name: 'azerbaijan-data',
  title: 'azerbaijan-data: typed, versioned, source-cited datasets on Azerbaijan',
  version: packageVersion,
  /** The date of this version's release (ISO 8601), as `date-released` in CITATION.cff. */
  date: packageDate,
  authors: 'The azerbaijan-data contributors',
});

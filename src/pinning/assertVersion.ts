import { DataVersionError } from './dataVersionError.js';
import { satisfies } from './satisfies.js';

/**
 * Checks that an installed dataset's `version` satisfies the semver range a consumer validated
 * against, and returns the dataset. Data versions follow the policy in the README: a patch is a
 * corrected figure, quote or citation; a minor adds observations; a major changes the schema or
 * removes data. This runs in `O(1)`.
 *
 * @param dataset - any dataset of the library (or one read with `parseDataset`).
 * @param range - a semver range: `"1.0.0"`, `"^1.0.0"`, `"~1.2.0"`, `">=1.0.0 <2.0.0"`, `"1.x"`.
 * @throws {DataVersionError} when the version is outside the range.
 * @throws {TypeError} when `range` is not a semver range.
 *
 * @example
 * ```ts
 * import { assertVersion, internationalMigration } from 'azerbaijan-data';
 * assertVersion(internationalMigration, '^1.0.0').id; //=> 'international-migration'
 * ```
 */
export function assertVersion<D extends { readonly id: string; readonly version: string }>(dataset: D, range: string): D {
  if (typeof range !== 'string') throw new TypeError(`assertVersion: range must be a string, got ${typeof range}`);
  if (!satisfies(dataset.version, range)) throw new DataVersionError(dataset.id, 'version', range, dataset.version);
  return dataset;
}

import { DataVersionError } from './dataVersionError.js';

/**
 * Checks that an installed dataset's content is exactly the content a consumer validated
 * against, by its `sha256` (the hash of its canonical observations, relations, events and gaps),
 * and returns the dataset. Stricter than {@link assertVersion}: any change to a figure, a quote
 * or a citation fails it. This runs in `O(1)`.
 *
 * @param dataset - any dataset of the library.
 * @param sha256 - the 64-character lower-case hex digest you recorded (`dataset.sha256`).
 * @throws {DataVersionError} when the installed content differs.
 * @throws {TypeError} when `sha256` is not a 64-character hex digest.
 *
 * @example
 * ```ts
 * import { assertHash, internationalMigration } from 'azerbaijan-data';
 * assertHash(internationalMigration, internationalMigration.sha256).id; //=> 'international-migration'
 * ```
 */
export function assertHash<D extends { readonly id: string; readonly sha256: string }>(dataset: D, sha256: string): D {
  if (typeof sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(sha256)) {
    throw new TypeError(`assertHash: sha256 must be a 64-character hex digest, got ${JSON.stringify(sha256)}`);
  }
  if (dataset.sha256 !== sha256.toLowerCase()) throw new DataVersionError(dataset.id, 'sha256', sha256.toLowerCase(), dataset.sha256);
  return dataset;
}

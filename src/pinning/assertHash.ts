import { contentHash } from '../schema/contentHash.js';
import { DataVersionError } from './dataVersionError.js';

/**
 * Checks that a dataset's content is exactly the content a consumer validated against, and
 * resolves to the dataset. Two checks: the dataset's declared `sha256` must be the one you
 * recorded, and its content (observations, relations, events and gaps, in RFC 8785 canonical
 * JSON, as the build hashes it) must hash to that `sha256`, so that a figure altered in a copy
 * whose `sha256` was kept fails too. Stricter than {@link assertVersion}: any change to a figure,
 * a quote or a citation fails it. Asynchronous, since it hashes with Web Crypto (Node 19 and
 * later, browsers); it runs in O(size of the dataset).
 *
 * @param dataset - any dataset of the library (or one read with `parseDataset`).
 * @param sha256 - the 64-character hex digest you recorded when you checked the data: the
 * dataset's `sha256` in your lockfile (`npx azerbaijan-data lock`) or in
 * `npx azerbaijan-data list --json` that day; never the dataset's own `sha256`, which would
 * compare the data with itself. Check it in a test or the build step: browsers provide Web
 * Crypto only on HTTPS pages and localhost.
 * @returns a promise of the dataset.
 * @throws {DataVersionError} (the promise rejects) when the declared hash is not `sha256`
 * (`what: 'sha256'`) or the content does not hash to it (`what: 'content'`).
 * @throws {TypeError} (the promise rejects) when `sha256` is not a 64-character hex digest.
 *
 * @example
 * ```ts
 * import { assertHash, internationalMigration } from 'azerbaijan-data';
 * const recorded = 'ac6632c6eae27e8e18c3421513efe2212b79de09585c6fd113571475c955423d'; // from the lockfile
 * (await assertHash(internationalMigration, recorded)).id; //=> 'international-migration'
 * ```
 */
export async function assertHash<
  D extends { readonly id: string; readonly sha256: string; readonly observations: unknown; readonly relations: unknown; readonly events: unknown; readonly gaps: unknown },
>(dataset: D, sha256: string): Promise<D> {
  if (typeof sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(sha256)) {
    throw new TypeError(`assertHash: sha256 must be a 64-character hex digest, got ${typeof sha256 === 'string' ? JSON.stringify(sha256.length > 80 ? `${sha256.slice(0, 60)}…` : sha256) : String(sha256)}`);
  }
  const expected = sha256.toLowerCase();
  if (dataset.sha256 !== expected) throw new DataVersionError(dataset.id, 'sha256', expected, dataset.sha256);
  const actual = await contentHash(dataset);
  if (actual !== expected) throw new DataVersionError(dataset.id, 'content', expected, actual);
  return dataset;
}

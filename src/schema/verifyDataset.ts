import { contentHash } from './contentHash.js';
import type { Dataset } from './dataset.js';
import { DatasetValidationError } from './datasetValidationError.js';
import { parseDataset } from './parseDataset.js';

/**
 * Validates a value as {@link parseDataset} does, then checks its content against its `sha256`:
 * the observations, relations, events and gaps, in RFC 8785 canonical JSON (as the build hashes
 * them), must hash to the declared digest. Resolves to the dataset, deeply frozen. This is the
 * check to run on a dataset read from a file or the network: JSON whose figures were altered but
 * whose `sha256` was kept is rejected, naming the dataset. Asynchronous (Web Crypto: Node 19 and
 * later, browsers); it runs in O(size of the input).
 *
 * @throws {DatasetValidationError} (the promise rejects) when the value is not a valid dataset,
 * or its content does not hash to its `sha256` (the path is `sha256`).
 *
 * @example
 * ```ts
 * import { verifyDataset } from 'azerbaijan-data/schema';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * const copy = JSON.parse(JSON.stringify(internationalMigration));
 * (await verifyDataset(copy)).sha256 === internationalMigration.sha256; //=> true
 * copy.observations[0].value = 84.4; // one altered figure, the old sha256 kept
 * const error = await verifyDataset(copy).catch((e: unknown) => e);
 * (error as Error).message.startsWith('dataset "international-migration" is invalid'); //=> true
 * ```
 */
export async function verifyDataset(value: unknown): Promise<Dataset> {
  const dataset = parseDataset(value);
  const actual = await contentHash(dataset);
  if (actual !== dataset.sha256) {
    throw new DatasetValidationError(dataset.id, [
      {
        code: 'custom',
        path: ['sha256'],
        message: `expected the SHA-256 of the dataset's content, ${actual}; the declared ${dataset.sha256} does not match (a figure, quote, relation, event or gap differs from the data it was published with)`,
        input: dataset.sha256,
      },
    ]);
  }
  return dataset;
}

/**
 * Reads a dataset from its JSON text, validates it and checks its content against its `sha256`
 * ({@link verifyDataset}): the one call for data loaded from a file or the network.
 *
 * @throws {DatasetValidationError} (the promise rejects) when the text is not JSON, not a valid
 * dataset, or its content does not hash to its `sha256`.
 *
 * @example
 * ```ts
 * import { parseAndVerifyDataset } from 'azerbaijan-data/schema';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * (await parseAndVerifyDataset(JSON.stringify(internationalMigration))).id; //=> 'international-migration'
 * const error = await parseAndVerifyDataset('{"id": "x",').catch((e: unknown) => e);
 * (error as Error).name; //=> 'DatasetValidationError'
 * ```
 */
export async function parseAndVerifyDataset(json: string): Promise<Dataset> {
  if (typeof json !== 'string') {
    throw new DatasetValidationError(undefined, [{ code: 'custom', path: [], message: `expected the JSON text of a dataset, got ${json === null ? 'null' : typeof json}`, input: undefined }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new DatasetValidationError(undefined, [{ code: 'custom', path: [], message: `expected JSON text: ${(e as Error).message}`, input: undefined }]);
  }
  return verifyDataset(value);
}

import { deepFreeze } from '../deepFreeze.js';
import { Dataset } from './dataset.js';
import type { Dataset as DatasetType } from './dataset.js';
import { DatasetValidationError } from './datasetValidationError.js';

/**
 * Validates an unknown value (for example a dataset read from JSON) against the {@link Dataset}
 * schema and returns it deeply frozen. Never returns a half-valid object.
 *
 * @throws {DatasetValidationError} when the value is not a valid dataset; the error names the
 * dataset id and the path of every failing field.
 *
 * @example
 * ```ts
 * import { parseDataset } from 'azerbaijan-data/schema';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * const copy = parseDataset(JSON.parse(JSON.stringify(internationalMigration)));
 * copy.observations.length === internationalMigration.observations.length; //=> true
 * ```
 */
export function parseDataset(value: unknown): DatasetType {
  const result = Dataset.safeParse(value);
  if (!result.success) {
    const id =
      typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
        ? (value as { id: string }).id
        : undefined;
    throw new DatasetValidationError(id, result.error.issues);
  }
  return deepFreeze(result.data);
}

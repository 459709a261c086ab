import type { z } from 'zod';

/**
 * Thrown by {@link parseDataset} when a value is not a valid dataset. `issues` keeps zod's
 * issues, each with the path of the field that failed; the message names the dataset id
 * (where the input has one) and every failing path.
 *
 * @example
 * ```ts
 * import { parseDataset, DatasetValidationError } from 'azerbaijan-data/schema';
 * try {
 *   parseDataset({ id: 'x' });
 * } catch (e) {
 *   e instanceof DatasetValidationError; //=> true
 *   (e as DatasetValidationError).datasetId; //=> 'x'
 * }
 * ```
 */
export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';
  /** The dataset id of the input, where it had a string one. */
  readonly datasetId: string | undefined;
  /** Zod's issues, each with the path of the failing field. */
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(datasetId: string | undefined, issues: readonly z.core.$ZodIssue[]) {
    const lines = issues.map((i) => `  at ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    super(`dataset ${datasetId === undefined ? '(without id)' : `"${datasetId}"`} is invalid:\n${lines.join('\n')}`);
    this.datasetId = datasetId;
    this.issues = issues;
  }
}

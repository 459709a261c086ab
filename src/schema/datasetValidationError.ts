import type { z } from 'zod';

/** The most issues the message lists; `issues` keeps them all. */
const listed = 20;

/**
 * Thrown by {@link parseDataset} when a value is not a valid dataset. `issues` keeps zod's
 * issues, each with the path of the field that failed; the message names the dataset id
 * (where the input has one) and the failing paths (the first 20, and how many more). `issues` is
 * not enumerable, so that an uncaught error prints its message and stack, not every issue again.
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
  declare readonly issues: readonly z.core.$ZodIssue[];

  constructor(datasetId: string | undefined, issues: readonly z.core.$ZodIssue[]) {
    const lines = issues.slice(0, listed).map((i) => `  at ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    if (issues.length > listed) lines.push(`  … and ${issues.length - listed} more (the error's issues list them all)`);
    super(`dataset ${datasetId === undefined ? '(without id)' : `"${datasetId}"`} is invalid:\n${lines.join('\n')}`);
    this.datasetId = datasetId;
    Object.defineProperty(this, 'issues', { value: issues, enumerable: false });
  }
}

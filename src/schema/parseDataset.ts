import type { z } from 'zod';
import { deepFreeze } from '../deepFreeze.js';
import { Dataset } from './dataset.js';
import type { Dataset as DatasetType } from './dataset.js';
import { DatasetValidationError } from './datasetValidationError.js';

type Issue = z.core.$ZodIssue;

/** The `id` of the input where it is a string; undefined otherwise, or where reading it throws. */
function idOf(value: unknown): string | undefined {
  try {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** What an input's getter or proxy trap threw, for the error message. */
function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : `${typeof e} ${String(e)}`;
  } catch {
    return 'a value that cannot be described';
  }
}

/**
 * The issues of every `"__proto__"` key in the `dimensions` of an observation or gap: zod's
 * record would drop such a key silently (it cannot be a dimension id), so it is refused here.
 */
function prototypeKeys(value: unknown): Issue[] {
  const issues: Issue[] = [];
  if (typeof value !== 'object' || value === null) return issues;
  for (const list of ['observations', 'gaps'] as const) {
    const items = (value as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i++) {
      const dimensions = (items[i] as { dimensions?: unknown } | null)?.dimensions;
      if (typeof dimensions === 'object' && dimensions !== null && Object.hasOwn(dimensions, '__proto__')) {
        issues.push({ code: 'custom', path: [list, i, 'dimensions', '__proto__'], message: 'expected a dimension id, not the key "__proto__"', input: undefined });
      }
    }
  }
  return issues;
}

/**
 * Validates an unknown value (for example a dataset read from JSON) against the {@link Dataset}
 * schema and returns it deeply frozen. Never returns a half-valid object, never throws anything
 * but a {@link DatasetValidationError}: an input whose getters or proxy traps throw is invalid
 * too. It also refuses a `"__proto__"` key among an observation's dimensions. This runs in
 * O(size of the input).
 *
 * It checks the shape, not the content against `sha256`: use `verifyDataset` or
 * `parseAndVerifyDataset` for that.
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
  let issues: Issue[];
  let data: unknown;
  try {
    issues = prototypeKeys(value);
    const result = Dataset.safeParse(value);
    if (result.success) data = result.data;
    else issues.push(...result.error.issues);
  } catch (e) {
    issues = [{ code: 'custom', path: [], message: `reading the input threw ${describeThrown(e)}`, input: undefined }];
  }
  if (issues.length > 0) throw new DatasetValidationError(idOf(value), issues);
  return deepFreeze(data as DatasetType);
}

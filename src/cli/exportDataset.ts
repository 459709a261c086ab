import type { Dataset } from '../model/dataset.js';
import { toCsv } from '../tabular/csv.js';
import { UsageError, nameList } from './usageError.js';

/** The formats `export` writes. */
export const exportFormats = ['csv', 'json'] as const;

/**
 * A dataset as CSV (tidy rows, the same bytes as `data/<id>.csv`) or as JSON (the dataset
 * object, two-space indented).
 *
 * @throws {UsageError} naming the formats, for any other format.
 */
export function exportDataset(dataset: Dataset, format: string): string {
  if (format === 'csv') return toCsv(dataset);
  if (format === 'json') return `${JSON.stringify(dataset, null, 2)}\n`;
  throw new UsageError(`unknown format "${format}". The formats are ${nameList(exportFormats)}`);
}

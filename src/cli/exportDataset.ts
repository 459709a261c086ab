import type { Dataset } from '../model/dataset.js';
import { jsonDocument } from './commandOutput.js';
import { labelledCsv, labelledRows } from './labelledRows.js';
import { UsageError, nameList } from './usageError.js';

/** The formats `export` writes. */
export const exportFormats = ['csv', 'json', 'rows'] as const;

/**
 * A dataset as CSV (tidy rows: the columns of `data/<id>.csv`, each dimension code followed by
 * its label, `country`, `countryLabel`), as JSON (the dataset object, two-space indented), or as
 * `rows` (the CSV's rows as one JSON array of objects, numbers as numbers, `null` for an empty
 * cell).
 *
 * @throws {UsageError} naming the formats, for any other format.
 */
export function exportDataset(dataset: Dataset, format: string): string {
  if (format === 'csv') return labelledCsv(dataset);
  if (format === 'json') return jsonDocument(dataset);
  if (format === 'rows') return jsonDocument(labelledRows(dataset));
  throw new UsageError(`unknown format "${format}". The formats are ${nameList(exportFormats)}`);
}

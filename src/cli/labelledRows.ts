import { dimensionColumns } from '../helpers/toRows.js';
import type { Dataset } from '../model/dataset.js';
import type { Cell } from '../tabular/csv.js';
import { csvColumns, csvTable } from '../tabular/csv.js';
import { observationRows } from '../tabular/records.js';

/**
 * The columns of `export`: those of `data/<id>.csv` (see `csvColumns`), each dimension column
 * followed by its label, named as `measure` is followed by `measureLabel`: `country`,
 * `countryLabel`.
 */
export function labelledColumns(dataset: Pick<Dataset, 'dimensions'>): string[] {
  const dimensions = new Set(dimensionColumns(dataset));
  return csvColumns(dataset).flatMap((c) => (dimensions.has(c) ? [c, `${c}Label`] : [c]));
}

/**
 * The rows of `export`: the rows of `data/<id>.csv` (`observationRows`: those of `toRows` with
 * the citation, chain and filter columns), with each dimension's label beside its code
 * (`country` `RU`, `countryLabel` `Russian Federation`, the label the dataset gives the code),
 * in the order of {@link labelledColumns}; `null` where the row has no code.
 */
export function labelledRows(dataset: Dataset): Record<string, Cell>[] {
  const columns = labelledColumns(dataset);
  const labels = dimensionColumns(dataset).map((column, i) => [column, new Map(dataset.dimensions[i]!.values.map((v) => [v.code, v.label]))] as const);
  return observationRows(dataset).map((row) => {
    const withLabels: Record<string, Cell> = { ...row };
    for (const [column, of] of labels) {
      const code = row[column];
      withLabels[`${column}Label`] = typeof code === 'string' ? (of.get(code) ?? null) : null;
    }
    return Object.fromEntries(columns.map((c) => [c, withLabels[c] ?? null]));
  });
}

/** A dataset's {@link labelledRows} as CSV (RFC 4180, CRLF line ends, as `data/<id>.csv`). */
export function labelledCsv(dataset: Dataset): string {
  return csvTable(labelledColumns(dataset), labelledRows(dataset));
}

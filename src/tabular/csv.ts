import { dimensionColumns } from '../helpers/toRows.js';
import type { Dataset } from '../model/dataset.js';
import { eventColumns, observationColumns } from './columns.js';
import { longEventRows, observationRows } from './records.js';

/**
 * The CSV header of a dataset: the columns of `observationColumns` (those of `toRows`, the
 * document's footnote as `sourceFootnote`, and the columns that cite and filter each figure),
 * with the dataset's dimension columns after `period`. Known even for a dataset without
 * observations, whose CSV is a header only.
 */
export function csvColumns(dataset: Pick<Dataset, 'dimensions'>): string[] {
  const fixed = Object.keys(observationColumns);
  const at = fixed.indexOf('period') + 1;
  return [...fixed.slice(0, at), ...dimensionColumns(dataset), ...fixed.slice(at)];
}

/** One CSV field (RFC 4180): quoted where it holds a comma, a quote or a line break; empty for `null`. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A dataset as a tidy CSV (RFC 4180, CRLF line ends, UTF-8 without a byte-order mark): a header,
 * then one row per observation with its provenance and citation (`observationRows`). Runs in
 * `O(n²)` (the citation of each figure looks its id up).
 */
export function toCsv(dataset: Dataset): string {
  const columns = csvColumns(dataset);
  const lines = [columns.map(csvField).join(',')];
  for (const row of observationRows(dataset)) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A dataset's dated events as a CSV (same conventions as {@link toCsv}): one row per event with
 * its date, date basis and provenance, in the columns of `eventColumns`. Runs in `O(e)`.
 */
export function toEventsCsv(dataset: Dataset): string {
  const columns = Object.keys(eventColumns);
  const lines = [columns.map(csvField).join(',')];
  // the rows of the long events table: the same columns, keyed the same way
  for (const row of longEventRows(dataset)) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A cell of a table: text, a number, or `null` for a missing value (an empty field). */
export type Cell = string | number | null;

/**
 * Rows as a CSV (same conventions as {@link toCsv}) in the given columns: a header, then one
 * line per row, a missing or `null` cell left empty. Runs in `O(rows × columns)`.
 */
export function csvTable(columns: readonly string[], rows: Iterable<Readonly<Record<string, Cell | undefined>>>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

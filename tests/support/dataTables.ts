import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const data = new URL('../../data/', import.meta.url).pathname;
const rowsOf = new Map<string, readonly (readonly string[])[]>();
const recordsOf = new Map<string, readonly Readonly<Record<string, string>>[]>();

/**
 * The rows of a CSV file of `data/` (`observations.csv`, `hxl/observations.csv`), header first,
 * as csv-parse reads them by default (RFC 4180, every row as long as the header): parsed once
 * per test worker and shared by the test files that read it (none changes them). The long
 * tables run to 12 MB, which csv-parse takes about a second to read.
 *
 * @example
 * ```ts
 * dataRows('observations.csv')[0]!.slice(0, 2); //=> ['datasetId', 'observationId']
 * ```
 */
export function dataRows(file: string): readonly (readonly string[])[] {
  let rows = rowsOf.get(file);
  if (rows === undefined) rowsOf.set(file, (rows = parse(readFileSync(join(data, file), 'utf8')) as string[][]));
  return rows;
}

/**
 * The records of a CSV file of `data/`, keyed by its header, leaving out the first `skip` rows
 * under the header (the hashtag row of an HXL file): read once per test worker by
 * {@link dataRows}.
 *
 * @example
 * ```ts
 * dataRecords('observations.csv')[0]!.datasetId; //=> 'arrivals-by-country'
 * ```
 */
export function dataRecords(file: string, skip = 0): readonly Readonly<Record<string, string>>[] {
  const key = `${file}|${skip}`;
  let records = recordsOf.get(key);
  if (records === undefined) {
    const [header = [], ...body] = dataRows(file);
    recordsOf.set(key, (records = body.slice(skip).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])))));
  }
  return records;
}

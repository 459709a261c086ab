import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { dimensionColumns, rowColumns } from 'azerbaijan-data/helpers';

// Every CSV the build writes, read back with a CSV parser and checked cell by cell against its
// dataset: what a pandas, R or DuckDB user gets is the dataset, provenance included.

const data = new URL('../../data/', import.meta.url).pathname;
const cell = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** Each file read once, for every test that reads it. */
const read = new Map<string, { header: string[]; records: Record<string, string>[]; text: string }>();
/** Reads a CSV file as bytes and as records (csv-parse, RFC 4180), checking its encoding and line ends. */
function readCsv(file: string): { header: string[]; records: Record<string, string>[]; text: string } {
  let known = read.get(file);
  if (known === undefined) read.set(file, (known = parseCsv(file)));
  return known;
}
function parseCsv(file: string): { header: string[]; records: Record<string, string>[]; text: string } {
  const bytes = readFileSync(join(data, file));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const rows: string[][] = parse(text, { relax_column_count: false, skip_empty_lines: false });
  const [header = [], ...body] = rows;
  return { header, records: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))), text };
}

describe.each(datasets.map((d) => [d.id, d] as const))('data/%s.csv', (id, dataset) => {
  const { header, records, text } = readCsv(`${id}.csv`);

  it('is UTF-8 without a byte-order mark, with CRLF line ends, ending in a line break', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // every line break outside a quoted field is CRLF: the parser agrees on the record count below
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('has the columns of toRows (the document\'s footnote as sourceFootnote), with the dimension columns after period, and the columns that cite and filter each figure', () => {
    const rowsColumns = rowColumns.map((c) => (c === 'citation' ? 'sourceFootnote' : c));
    const at = rowsColumns.indexOf('period') + 1;
    const added = ['topic', 'roundedValue', 'roundedColumn', 'locatorWrittenFromFile', 'locatorWrittenFromTable', 'figure', 'attributionName', 'via', 'viaNames', 'statingBody', 'citation'];
    expect(header.filter((c) => !added.includes(c))).toEqual([...rowsColumns.slice(0, at), ...dimensionColumns(dataset), ...rowsColumns.slice(at)]);
    expect(header.filter((c) => added.includes(c)).sort()).toEqual([...added].sort());
    // the keys first, the citation beside the footnote it replaces as "the citation"
    expect(header.slice(0, 3)).toEqual(['datasetId', 'observationId', 'measure']);
    expect(header.indexOf('citation')).toBe(header.indexOf('sourceFootnote') + 1);
  });

  it('has one row per observation, in order, with every figure and its provenance', () => {
    expect(records.length).toBe(dataset.observations.length);
    const titles = new Map(dataset.sources.map((s) => [s.id, s]));
    const dimensionColumn = new Map(dataset.dimensions.map((d, i) => [d.id, dimensionColumns(dataset)[i]!]));
    const measureLabel = new Map(dataset.measures.map((m) => [m.id, m.label]));
    // every cell of every row checked; the cells that differ collected, each named by its figure and column
    const problems: string[] = [];
    const check = (id: string, column: string, actual: unknown, expected: unknown): void => {
      if (!Object.is(actual, expected)) problems.push(`${id} ${column}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    };
    dataset.observations.forEach((o, i) => {
      const r = records[i]!;
      const range = o.qualifier === 'range';
      const cells: Record<string, string | undefined> = {
        datasetId: id,
        observationId: o.id,
        measure: o.measure,
        measureLabel: measureLabel.get(o.measure),
        qualifier: o.qualifier,
        wording: cell(o.wording),
        unit: o.unit,
        period: o.period,
        sourceId: o.source,
        sourceTitle: titles.get(o.source)!.title,
        sourceKind: titles.get(o.source)!.kind,
        attribution: cell(o.attribution),
        locatorSection: cell(o.locator.section),
        locatorTable: cell(o.locator.table),
        locatorRow: cell(o.locator.row),
        locatorColumn: cell(o.locator.column),
        locatorFootnote: cell(o.locator.footnote),
        locatorFile: cell(o.locator.file),
        locatorLine: cell(o.locator.line),
        locatorWrittenFromFile: cell(o.locator.writtenFrom?.file),
        locatorWrittenFromTable: cell(o.locator.writtenFrom?.table),
        roundedColumn: cell(o.rounded?.column),
        sourceFootnote: cell(o.citation),
        topic: dataset.topic,
        quote: o.quote,
        asWritten: o.asWritten,
        note: cell(o.note),
      };
      for (const [column, expected] of Object.entries(cells)) check(o.id, column, r[column], expected);
      // numbers read back to the same double; a range has no value (no midpoint), a point no low/high
      check(o.id, 'value', r.value === '' ? null : Number(r.value), range ? null : o.value);
      check(o.id, 'low', r.low === '' ? null : Number(r.low), range ? o.low : null);
      check(o.id, 'high', r.high === '' ? null : Number(r.high), range ? o.high : null);
      check(o.id, 'roundedValue', r.roundedValue === '' ? null : Number(r.roundedValue), o.rounded?.value ?? null);
      for (const dim of dataset.dimensions) check(o.id, dim.id, r[dimensionColumn.get(dim.id)!], cell(o.dimensions[dim.id]));
    });
    expect(problems).toEqual([]);
  });

  if (dataset.events.length > 0) {
    it(`has its ${dataset.events.length} events in data/${id}.events.csv`, () => {
      const events = readCsv(`${id}.events.csv`);
      expect(events.records.map((r) => [r.eventId, r.date, r.dateBasis, r.label, r.sourceId, r.quote, r.asWritten])).toEqual(
        dataset.events.map((e) => [e.id, e.date, e.dateBasis, e.label, e.source, e.quote, e.asWritten]),
      );
    });
  }
});

describe('the publisher\'s rounded figure and the .rda file a row was written from', () => {
  it('IDMC\'s GIDD: the unrounded figure is the value, the rounded one beside it with its column', () => {
    const r = readCsv('idmc-gidd-conflict-2025.csv').records.find((x) => x.observationId === 'idps-2009')!;
    expect([r.value, r.roundedValue, r.roundedColumn, r.locatorFile, r.locatorWrittenFromFile]).toEqual(['586013', '586000', 'total_displacement_rounded', 'conflict--aze.csv', '']);
  });

  it('UNHCR\'s R package: each row names its CSV line and the .rda file and table it was written from, in the dataset file and the long table', () => {
    const own = readCsv('unhcr-population-2025.csv').records.find((x) => x.observationId === 'refugee-population-by-country-of-origin-az-am-1992')!;
    expect([own.locatorFile, own.locatorLine, own.locatorColumn, own.locatorWrittenFromFile, own.locatorWrittenFromTable, own.roundedValue]).toEqual(['population--aze.csv', '2', 'refugees', 'rda/population.rda', 'population', '']);
    expect(own.citation).toContain('line 2, written out from rda/population.rda, table population');
    const long = readCsv('observations.csv').records.filter((x) => x.datasetId === 'unhcr-population-2022');
    expect(long.length).toBeGreaterThan(0);
    expect(new Set(long.map((x) => `${x.locatorWrittenFromFile} ${x.locatorWrittenFromTable}`))).toEqual(new Set(['editions/population-2022.12.0.rda population']));
    expect(long.every((x) => x.locatorFile === 'editions/population--aze--2022.12.0.csv')).toBe(true);
  });
});

describe('the CSV quoting', () => {
  it('quotes the fields that hold a comma, a quote or a line break, and the parser reads them back whole', () => {
    const tricky = datasets.flatMap((d) => d.observations.map((o) => o.quote)).filter((q) => /[",\r\n]/.test(q));
    expect(tricky.length).toBeGreaterThan(0);
    const quotes = new Set(datasets.flatMap((d) => readCsv(`${d.id}.csv`).records.map((r) => r.quote)));
    for (const q of tricky) expect(quotes.has(q), q).toBe(true);
  });
});

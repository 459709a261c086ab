import type { Dataset } from '../model/dataset.js';
import type { Observation, Qualifier } from '../model/observation.js';
import type { Source, SourceKind } from '../model/source.js';
import type { Unit } from '../model/unit.js';
import { HelperRangeError, HelperTypeError } from './errors.js';

/**
 * One observation as a flat, tidy row: every field a column, provenance included. Every row of
 * a dataset has the same columns in the same order; a field the observation does not have is
 * `null` (never `undefined`, so that a CSV writer leaves the cell empty and a JSON writer keeps
 * the column). Each dimension of the dataset is a column of its own, named by the dimension id
 * (`country`), placed after `period`; a dimension whose id is already a column name gets the
 * prefix `dimension-` (`dimension-unit`).
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { toRows } from 'azerbaijan-data/helpers';
 * import type { ObservationRow } from 'azerbaijan-data/helpers';
 * const table2 = datasets.find((d) => d.id === 'departures-by-country')!;
 * const row: ObservationRow = toRows(table2).find((r) => r.observationId === 'departures-ru-1995')!;
 * [row.country, row.value, row.unit, row.period]; //=> ['RU', 11312, 'persons', '1995']
 * ```
 */
export interface ObservationRow {
  readonly datasetId: string;
  readonly observationId: string;
  readonly measure: string;
  readonly measureLabel: string;
  readonly qualifier: Qualifier;
  /** The source's own qualifier word ("almost", "up to"); `null` for exact figures. */
  readonly wording: string | null;
  /** The figure, in `unit`; `null` for a range. */
  readonly value: number | null;
  /** The low end of a range; `null` for any other qualifier. */
  readonly low: number | null;
  /** The high end of a range; `null` for any other qualifier. */
  readonly high: number | null;
  readonly unit: Unit;
  readonly period: string;
  readonly sourceId: string;
  readonly sourceTitle: string;
  readonly sourceKind: SourceKind;
  /** The id of the body the source attributes the figure to. */
  readonly attribution: string | null;
  readonly locatorSection: string | null;
  readonly locatorTable: string | null;
  readonly locatorRow: string | null;
  readonly locatorColumn: string | null;
  readonly locatorFootnote: number | null;
  /** A data file's name, for a figure read from a statistical release. */
  readonly locatorFile: string | null;
  /** The 1-based line of that file. */
  readonly locatorLine: number | null;
  readonly citation: string | null;
  readonly quote: string;
  readonly asWritten: string;
  readonly note: string | null;
  /** A dimension code, under the dimension's id; `null` where the observation has none. */
  readonly [dimension: string]: string | number | null;
}

/**
 * The fixed columns of {@link ObservationRow}, in order; the dimensions go after `period`.
 *
 * @example
 * ```ts
 * import { rowColumns } from 'azerbaijan-data/helpers';
 * rowColumns.slice(0, 3); //=> ['datasetId', 'observationId', 'measure']
 * rowColumns.indexOf('period') + 1 === rowColumns.indexOf('sourceId'); //=> true
 * ```
 */
export const rowColumns: readonly string[] = Object.freeze([
  'datasetId', 'observationId', 'measure', 'measureLabel', 'qualifier', 'wording', 'value', 'low', 'high',
  'unit', 'period', 'sourceId', 'sourceTitle', 'sourceKind', 'attribution', 'locatorSection', 'locatorTable',
  'locatorRow', 'locatorColumn', 'locatorFootnote', 'locatorFile', 'locatorLine', 'citation', 'quote', 'asWritten', 'note',
]);

/**
 * The column names of a dataset's dimensions in {@link toRows}, in the order of
 * `dataset.dimensions`: the dimension id, or `dimension-<id>` where the id is a fixed column.
 * This runs in O(d) for d dimensions.
 *
 * @param dataset - A dataset, or anything with its `dimensions`.
 * @returns The column names.
 * @throws {HelperTypeError} when `dataset` has no `dimensions` array of objects with ids.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { dimensionColumns } from 'azerbaijan-data/helpers';
 * dimensionColumns(datasets.find((d) => d.id === 'departures-by-country')!); //=> ['country']
 * dimensionColumns({ dimensions: [{ id: 'unit', label: 'Unit', values: [{ code: 'a', label: 'A' }] }] }); //=> ['dimension-unit']
 * ```
 */
export function dimensionColumns(dataset: Pick<Dataset, 'dimensions'>): string[] {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.dimensions)) {
    throw new HelperTypeError('dimensionColumns', 'dataset', dataset, 'a dataset with a dimensions array');
  }
  return dataset.dimensions.map((d, i) => {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string') {
      throw new HelperTypeError('dimensionColumns', `dataset.dimensions[${i}]`, d, 'a dimension { id, label, values }');
    }
    return rowColumns.includes(d.id) ? `dimension-${d.id}` : d.id;
  });
}

/**
 * Flattens a dataset into tidy rows, one per observation, with its provenance as columns:
 * dataset id, observation id, measure and its label, qualifier and wording, value (or low and
 * high for a range), unit, period, one column per dimension, the source's id, title and kind,
 * the attribution, the locator's section, table, row, column and footnote, citation, quote,
 * the figure as written and the note. The rows are ready for Vega-Lite, Observable Plot, d3 or
 * a CSV writer: every row has the same keys in the same order (see {@link ObservationRow}),
 * values stay in the observation's own unit, and a range keeps its two ends (no midpoint).
 *
 * This runs in O(n + s + m) for n observations, s sources and m measures.
 *
 * @param dataset - A dataset of the library (or one validated with `parseDataset`).
 * @returns One row per observation, in the dataset's order.
 * @throws {HelperTypeError} when `dataset` is not a dataset object (with observations, sources,
 * measures and dimensions arrays of objects with ids).
 * @throws {HelperRangeError} when an observation names a source or measure the dataset does
 * not declare, or has a figure that is not a finite number (a dataset that the schema would
 * reject).
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { toRows } from 'azerbaijan-data/helpers';
 * const table1 = datasets.find((d) => d.id === 'international-migration')!;
 * const row = toRows(table1).find((r) => r.observationId === 'net-migration-2010')!;
 * [row.value, row.unit, row.period, row.measureLabel]; //=> [1.4, 'thousand-persons', '2010', 'Net migration']
 * [row.sourceKind, row.attribution, row.locatorRow, row.locatorFootnote]; //=> ['academic', 'state-statistics-committee', '2010', 5]
 * toRows(table1).length === table1.observations.length; //=> true
 * ```
 */
export function toRows(dataset: Dataset): ObservationRow[] {
  if (
    typeof dataset !== 'object' ||
    dataset === null ||
    !Array.isArray(dataset.observations) ||
    !Array.isArray(dataset.sources) ||
    !Array.isArray(dataset.measures) ||
    !Array.isArray(dataset.dimensions)
  ) {
    throw new HelperTypeError('toRows', 'dataset', dataset, 'a dataset with observations, sources, measures and dimensions arrays');
  }
  for (const list of ['sources', 'measures', 'observations'] as const) {
    const items: readonly unknown[] = dataset[list];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') {
        throw new HelperTypeError('toRows', `dataset.${list}[${i}]`, item, `an object with a string id, as in a dataset's ${list}`);
      }
    }
  }
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const labels = new Map(dataset.measures.map((m) => [m.id, m.label]));
  const dims = dataset.dimensions.map((d) => d.id);
  const columns = dimensionColumns(dataset);
  const observations = dataset.observations;
  const rows: ObservationRow[] = new Array(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    checkFigures(o, i);
    const source = sources.get(o.source);
    if (source === undefined) {
      throw new HelperRangeError('toRows', `dataset.observations[${i}].source`, o.source, `a source declared in dataset "${dataset.id}"`);
    }
    const measureLabel = labels.get(o.measure);
    if (measureLabel === undefined) {
      throw new HelperRangeError('toRows', `dataset.observations[${i}].measure`, o.measure, `a measure declared in dataset "${dataset.id}"`);
    }
    rows[i] =
      dims.length === 0
        ? noDimension(dataset.id, o, measureLabel, source)
        : dims.length === 1
          ? oneDimension(dataset.id, o, measureLabel, source, columns[0]!, o.dimensions[dims[0]!] ?? null)
          : anyDimensions(dataset.id, o, measureLabel, source, dims, columns);
  }
  return rows;
}

type Row = Record<string, string | number | null>;

const QUALIFIERS: readonly unknown[] = ['exact', 'approximate', 'atLeast', 'atMost', 'range'];

const isFigure = (v: unknown): boolean => typeof v === 'number' && v - v === 0;

/** Throws unless an observation's figures are finite numbers and its locator and dimensions objects. */
function checkFigures(o: Observation, i: number): void {
  const at = `dataset.observations[${i}]`;
  if (!QUALIFIERS.includes(o.qualifier)) {
    throw new HelperRangeError('toRows', `${at}.qualifier`, o.qualifier, "one of 'exact', 'approximate', 'atLeast', 'atMost', 'range'");
  }
  if (o.qualifier === 'range') {
    if (!isFigure(o.low)) throw new HelperRangeError('toRows', `${at}.low`, o.low, 'a finite number');
    if (!isFigure(o.high)) throw new HelperRangeError('toRows', `${at}.high`, o.high, 'a finite number');
  } else if (!isFigure(o.value)) {
    throw new HelperRangeError('toRows', `${at}.value`, o.value, 'a finite number');
  }
  if (typeof o.locator !== 'object' || o.locator === null) throw new HelperTypeError('toRows', `${at}.locator`, o.locator, 'a locator object { section, … }');
  if (typeof o.dimensions !== 'object' || o.dimensions === null) throw new HelperTypeError('toRows', `${at}.dimensions`, o.dimensions, 'an object of dimension codes');
}

/** The row of an observation in a dataset without dimensions: one object literal. */
function noDimension(datasetId: string, o: Observation, measureLabel: string, source: Source): ObservationRow {
  const range = o.qualifier === 'range';
  return {
    datasetId,
    observationId: o.id,
    measure: o.measure,
    measureLabel,
    qualifier: o.qualifier,
    wording: o.wording ?? null,
    value: range ? null : o.value,
    low: range ? o.low : null,
    high: range ? o.high : null,
    unit: o.unit,
    period: o.period,
    sourceId: o.source,
    sourceTitle: source.title,
    sourceKind: source.kind,
    attribution: o.attribution ?? null,
    locatorSection: o.locator.section ?? null,
    locatorTable: o.locator.table ?? null,
    locatorRow: o.locator.row ?? null,
    locatorColumn: o.locator.column ?? null,
    locatorFootnote: o.locator.footnote ?? null,
    locatorFile: o.locator.file ?? null,
    locatorLine: o.locator.line ?? null,
    citation: o.citation ?? null,
    quote: o.quote,
    asWritten: o.asWritten,
    note: o.note ?? null,
  };
}

/**
 * The row of an observation in a dataset with one dimension: one object literal (its dimension
 * under a computed key), which V8 builds as fast as a hand-written one.
 */
function oneDimension(datasetId: string, o: Observation, measureLabel: string, source: Source, column: string, code: string | null): ObservationRow {
  const range = o.qualifier === 'range';
  return {
    datasetId,
    observationId: o.id,
    measure: o.measure,
    measureLabel,
    qualifier: o.qualifier,
    wording: o.wording ?? null,
    value: range ? null : o.value,
    low: range ? o.low : null,
    high: range ? o.high : null,
    unit: o.unit,
    period: o.period,
    [column]: code,
    sourceId: o.source,
    sourceTitle: source.title,
    sourceKind: source.kind,
    attribution: o.attribution ?? null,
    locatorSection: o.locator.section ?? null,
    locatorTable: o.locator.table ?? null,
    locatorRow: o.locator.row ?? null,
    locatorColumn: o.locator.column ?? null,
    locatorFootnote: o.locator.footnote ?? null,
    locatorFile: o.locator.file ?? null,
    locatorLine: o.locator.line ?? null,
    citation: o.citation ?? null,
    quote: o.quote,
    asWritten: o.asWritten,
    note: o.note ?? null,
  } as ObservationRow;
}

/** The row of an observation in a dataset with any number of dimensions (columns added in order). */
function anyDimensions(datasetId: string, o: Observation, measureLabel: string, source: Source, dims: readonly string[], columns: readonly string[]): ObservationRow {
  const range = o.qualifier === 'range';
  const row: Row = {
    datasetId,
    observationId: o.id,
    measure: o.measure,
    measureLabel,
    qualifier: o.qualifier,
    wording: o.wording ?? null,
    value: range ? null : o.value,
    low: range ? o.low : null,
    high: range ? o.high : null,
    unit: o.unit,
    period: o.period,
  };
  for (let j = 0; j < dims.length; j++) row[columns[j]!] = o.dimensions[dims[j]!] ?? null;
  row.sourceId = o.source;
  row.sourceTitle = source.title;
  row.sourceKind = source.kind;
  row.attribution = o.attribution ?? null;
  row.locatorSection = o.locator.section ?? null;
  row.locatorTable = o.locator.table ?? null;
  row.locatorRow = o.locator.row ?? null;
  row.locatorColumn = o.locator.column ?? null;
  row.locatorFootnote = o.locator.footnote ?? null;
  row.locatorFile = o.locator.file ?? null;
  row.locatorLine = o.locator.line ?? null;
  row.citation = o.citation ?? null;
  row.quote = o.quote;
  row.asWritten = o.asWritten;
  row.note = o.note ?? null;
  return row as ObservationRow;
}

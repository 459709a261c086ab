import type { Cell } from './csv.js';

/**
 * The value column an observation's figure goes into in `data/hxl/observations.csv`: the HXL
 * core hashtags for IDPs, refugees, other affected (displaced) people and population where the
 * figure counts persons, `#indicator+num` for every other figure. A figure in thousand persons
 * stays in `#indicator+num` (figures are never rescaled).
 */
export const hxlMeasureColumns: Readonly<Record<string, { readonly column: string; readonly measures: readonly string[] }>> = {
  '#affected+idps+ind': { column: 'idps', measures: ['idps'] },
  '#affected+refugees+ind': { column: 'refugees', measures: ['refugees'] },
  '#affected+displaced+ind': {
    column: 'displaced',
    measures: ['refugees-and-idps', 'refugees-idps-asylum-seekers', 'meskhetian-turks', 'azerbaijanis-from-armenia', 'asylum-seekers'],
  },
  '#population+ind': { column: 'population', measures: ['nagorno-karabakh-population', 'population'] },
};

/** The dimensions whose codes name a place, written in the `#loc+name` column by their labels. */
export const hxlPlaceDimensions: readonly string[] = ['region', 'area'];

/**
 * The columns of `data/hxl/observations.csv`, in order: the header, the HXL hashtag written in
 * the row under it, and the column of `data/observations.csv` (or the rule) it is filled from.
 */
export const hxlColumns: readonly { readonly header: string; readonly tag: string; readonly from: string }[] = [
  { header: 'datasetId', tag: '#meta+dataset', from: 'datasetId' },
  { header: 'observationId', tag: '#meta+id', from: 'observationId' },
  { header: 'country', tag: '#country+name', from: 'Azerbaijan, the country every figure is about' },
  { header: 'countryCode', tag: '#country+code', from: 'AZE (ISO 3166-1 alpha-3)' },
  { header: 'place', tag: '#loc+name', from: 'the label of the region or area dimension, where the observation has one' },
  { header: 'period', tag: '#date', from: 'period (ISO 8601 text)' },
  { header: 'measure', tag: '#indicator+code', from: 'measure' },
  { header: 'measureLabel', tag: '#indicator+name', from: 'measureLabel' },
  { header: 'qualifier', tag: '#meta+qualifier', from: 'qualifier' },
  { header: 'wording', tag: '#meta+wording', from: 'wording' },
  { header: 'idps', tag: '#affected+idps+ind', from: 'value, where the measure is idps and the unit persons' },
  { header: 'refugees', tag: '#affected+refugees+ind', from: 'value, where the measure is refugees and the unit persons' },
  { header: 'displaced', tag: '#affected+displaced+ind', from: 'value, where the measure counts other displaced people in persons' },
  { header: 'population', tag: '#population+ind', from: 'value, where the measure is a population in persons' },
  { header: 'value', tag: '#indicator+num', from: 'value, for every other figure' },
  { header: 'low', tag: '#indicator+num+min', from: 'low' },
  { header: 'high', tag: '#indicator+num+max', from: 'high' },
  { header: 'unit', tag: '#indicator+unit', from: 'unit' },
  { header: 'dimensions', tag: '#meta+dimensions', from: 'dimensions (JSON text)' },
  { header: 'source', tag: '#meta+source', from: 'sourceTitle' },
  { header: 'sourceId', tag: '#meta+source+code', from: 'sourceId' },
  { header: 'sourceUrl', tag: '#meta+url', from: "the source's url" },
  { header: 'attribution', tag: '#org+code', from: 'attribution' },
  { header: 'quote', tag: '#description+quote', from: 'quote' },
  { header: 'asWritten', tag: '#description+written', from: 'asWritten' },
];

/** The value column (`idps`, `refugees`, `displaced`, `population` or `value`) that takes a figure. */
export function hxlValueColumn(measure: string, unit: string): string {
  if (unit !== 'persons') return 'value';
  for (const { column, measures } of Object.values(hxlMeasureColumns)) if (measures.includes(measure)) return column;
  return 'value';
}

/**
 * A row of `data/observations.csv` (as `longObservationRows` builds it) as a row of the HXL
 * variant, given the source's url and the place label.
 */
export function hxlRow(row: Readonly<Record<string, Cell>>, sourceUrl: string | null, place: string | null): Record<string, Cell> {
  const valueColumn = hxlValueColumn(String(row.measure), String(row.unit));
  return {
    datasetId: row.datasetId ?? null,
    observationId: row.observationId ?? null,
    country: 'Azerbaijan',
    countryCode: 'AZE',
    place,
    period: row.period ?? null,
    measure: row.measure ?? null,
    measureLabel: row.measureLabel ?? null,
    qualifier: row.qualifier ?? null,
    wording: row.wording ?? null,
    [valueColumn]: row.value ?? null,
    low: row.low ?? null,
    high: row.high ?? null,
    unit: row.unit ?? null,
    dimensions: row.dimensions ?? null,
    source: row.sourceTitle ?? null,
    sourceId: row.sourceId ?? null,
    sourceUrl,
    attribution: row.attribution ?? null,
    quote: row.quote ?? null,
    asWritten: row.asWritten ?? null,
  };
}

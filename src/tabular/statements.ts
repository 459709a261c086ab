/**
 * The table of statements across sources: every statement of a measure in the datasets that
 * hold it (the rows of `estimates()`), one row each, with its figure, qualifier, period, who
 * states it, every document that carries it, its citation and its locator. The build ships it (`data/competing-estimates.csv`,
 * `data/<view>.csv` of each view across sources) and `compare <measure> --csv` prints it: one
 * column set, one row function, so that the two give the same rows.
 */
import { estimates } from '../helpers/estimates.js';
import type { Dataset } from '../model/dataset.js';
import type { ColumnInfo } from './columns.js';
import { observationColumns } from './columns.js';
import type { Cell } from './csv.js';
import { csvTable } from './csv.js';
import { carrierIds, carrierNames, carriersDifferText } from './carriers.js';
import { provenanceCells } from './provenance.js';
import { voiceOf } from './voice.js';

const shared = (name: string): ColumnInfo => {
  const info = observationColumns[name];
  if (info === undefined) throw new Error(`statementColumns: observationColumns has no column "${name}"`);
  return info;
};

/**
 * The columns of a table of statements across sources, in order: the measure and the keys of
 * the observation first (the columns `competing-estimates.csv` has always had), then the figure
 * as the dataset holds it, who states it, and where it stands in its source. The columns that
 * `observations.csv` also has keep its descriptions and types.
 */
export const statementColumns: Readonly<Record<string, ColumnInfo>> = {
  measure: { type: 'string', required: true, description: 'What is measured (measure id): the statements of one measure are the figures set side by side.' },
  datasetId: { type: 'string', required: true, description: 'Id of the dataset the statement stands in (see datasets.csv).' },
  observationId: { type: 'string', required: true, description: 'Id of the observation, in that dataset, that makes the statement (see observations.csv).' },
  topic: shared('topic'),
  measureLabel: { ...shared('measureLabel'), description: 'The label of the measure, as the dataset that holds the statement names it.' },
  period: shared('period'),
  dimensions: {
    type: 'object',
    required: true,
    description: 'The dimension codes of the observation as a JSON object ({"country":"RU"}); {} where it has none. Statements compete only where period and dimensions are the same.',
  },
  qualifier: shared('qualifier'),
  wording: shared('wording'),
  value: shared('value'),
  low: shared('low'),
  high: shared('high'),
  unit: shared('unit'),
  asWritten: shared('asWritten'),
  statedBy: {
    type: 'string',
    required: true,
    description: 'Who states the figure: the body the document attributes it to, in the publication it is read from (publisher, title and edition of a release).',
  },
  sourceId: shared('sourceId'),
  sourceTitle: shared('sourceTitle'),
  attribution: shared('attribution'),
  attributionName: shared('attributionName'),
  via: shared('via'),
  viaNames: shared('viaNames'),
  statingBody: shared('statingBody'),
  carriers: {
    type: 'string',
    required: true,
    description:
      'Every document that carries the statement, this row\'s own first, separated by "; ": one body\'s figure carried by several releases is one statement (IDMC\'s IDP stock in the GIDD, in UNHCR\'s idmc table and in the World Bank\'s indicators). Each by publisher, title and edition, the bodies it came through (via), the copy read, and "rounded" where it carries the figure rounded.',
  },
  carrierIds: {
    type: 'string',
    required: true,
    description: 'The carriers as datasetId/observationId, in the order of carriers, separated by "; " (the row\'s own dataset and observation first).',
  },
  carriersDifferBy: {
    type: 'number',
    required: false,
    description: 'Where carriers give figures that their rounding does not explain: the largest difference from the row\'s value, in unit; empty where every carrier gives the value or the value rounded.',
  },
  carriersDiffer: {
    type: 'string',
    required: false,
    description: 'The carriers whose figure their rounding does not explain, as datasetId/observationId (figure); empty where there are none.',
  },
  citation: shared('citation'),
  sourceFootnote: shared('sourceFootnote'),
  locatorSection: shared('locatorSection'),
  locatorTable: shared('locatorTable'),
  locatorRow: shared('locatorRow'),
  locatorColumn: shared('locatorColumn'),
  locatorFootnote: shared('locatorFootnote'),
  locatorFile: shared('locatorFile'),
  locatorLine: shared('locatorLine'),
  quote: shared('quote'),
  note: shared('note'),
};

/**
 * The rows of the statements of `measure` across `datasets`, in the order of `estimates()` (by
 * period, then source, then attribution): each statement once, as the carrier with the finest
 * figure holds it (never converted), with every carrier named (`carriers`) and where carriers
 * differ beyond rounding (`carriersDiffer`).
 * Runs in `O(n log n)` over the statements of the measure.
 *
 * @throws {UnknownIdError} (from `estimates`) when no dataset states the measure.
 */
export function statementRows(measure: string, datasets: readonly Dataset[]): Record<string, Cell>[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  return estimates(measure, datasets).map((s) => {
    const o = s.observation;
    const l = o.locator;
    const p = provenanceCells(byId.get(s.dataset)!, s.observationId);
    return {
      measure: o.measure,
      datasetId: s.dataset,
      observationId: s.observationId,
      topic: p.topic,
      measureLabel: byId.get(s.dataset)?.measures.find((m) => m.id === o.measure)?.label ?? o.measure,
      period: o.period,
      dimensions: JSON.stringify(o.dimensions),
      qualifier: o.qualifier,
      wording: o.wording ?? null,
      value: o.qualifier === 'range' ? null : o.value,
      low: o.qualifier === 'range' ? o.low : null,
      high: o.qualifier === 'range' ? o.high : null,
      unit: o.unit,
      asWritten: o.asWritten,
      statedBy: voiceOf(s.source, s.attribution),
      sourceId: s.source.id,
      sourceTitle: s.source.title,
      attribution: s.attribution?.id ?? null,
      attributionName: p.attributionName,
      via: p.via,
      viaNames: p.viaNames,
      statingBody: p.statingBody,
      carriers: carrierNames(s.carriers),
      carrierIds: carrierIds(s.carriers),
      carriersDifferBy: s.carriersDiffer?.amount ?? null,
      carriersDiffer: carriersDifferText(s.carriersDiffer),
      citation: p.citation,
      sourceFootnote: p.sourceFootnote,
      locatorSection: l.section ?? null,
      locatorTable: l.table ?? null,
      locatorRow: l.row ?? null,
      locatorColumn: l.column ?? null,
      locatorFootnote: l.footnote ?? null,
      locatorFile: l.file ?? null,
      locatorLine: l.line ?? null,
      quote: o.quote,
      note: o.note ?? null,
    };
  });
}

/**
 * The statements of `measures` across `datasets` as a CSV (RFC 4180, CRLF line ends, UTF-8):
 * the header of {@link statementColumns}, then the rows of each measure in turn
 * ({@link statementRows}). What `compare <measure> --csv` prints and the build ships.
 */
export function statementsCsv(measures: readonly string[], datasets: readonly Dataset[]): string {
  return csvTable(Object.keys(statementColumns), measures.flatMap((m) => statementRows(m, datasets)));
}

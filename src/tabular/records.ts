import { toRows } from '../helpers/toRows.js';
import type { Dataset } from '../model/dataset.js';
import type { Relation } from '../model/relation.js';
import type { Cell } from './csv.js';
import { datePrecision } from './format.js';
import { figureText, provenanceCells } from './provenance.js';

type Row = Record<string, Cell>;

/**
 * The rows of a dataset for `data/<id>.csv`: the rows of `toRows` (one column per dimension),
 * with what a reader needs to cite and filter each figure from the row alone (the figure with
 * its qualifier, the publisher's rounded figure beside it, the binary file and table a written-out
 * row comes from, the topic, the chain of attribution as columns, the citation `cite()` gives),
 * and the document's own footnote under `sourceFootnote` (the `citation` of `toRows`).
 */
export function observationRows(dataset: Dataset): Row[] {
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  return toRows(dataset).map((r) => {
    const o = byId.get(r.observationId)!;
    const { citation: _footnote, ...row } = r as unknown as Row;
    return {
      ...row,
      roundedValue: o.rounded?.value ?? null,
      roundedColumn: o.rounded?.column ?? null,
      locatorWrittenFromFile: o.locator.writtenFrom?.file ?? null,
      locatorWrittenFromTable: o.locator.writtenFrom?.table ?? null,
      figure: figureText(o),
      ...provenanceCells(dataset, o.id),
    };
  });
}

/**
 * The rows of a dataset for `data/observations.csv`: the rows of {@link observationRows} (keyed
 * by `datasetId` and `observationId`, as every shipped table is), with the dimensions as one
 * JSON object (`{"country":"RU"}`, `{}` where none).
 */
export function longObservationRows(dataset: Dataset): Row[] {
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  return observationRows(dataset).map((r) => ({ ...r, dimensions: JSON.stringify(byId.get(String(r.observationId))!.dimensions) }));
}

/** The rows of a dataset for `data/events.csv` and `data/<id>.events.csv`: one per event, with the precision of its date and its citation. */
export function longEventRows(dataset: Dataset): Row[] {
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  return dataset.events.map((e) => ({
    datasetId: dataset.id,
    eventId: e.id,
    label: e.label,
    date: e.date,
    datePrecision: datePrecision(e.date),
    dateBasis: e.dateBasis,
    sourceId: e.source,
    sourceTitle: titles.get(e.source) ?? null,
    attribution: e.attribution ?? null,
    locatorSection: e.locator.section ?? null,
    locatorTable: e.locator.table ?? null,
    locatorRow: e.locator.row ?? null,
    locatorColumn: e.locator.column ?? null,
    locatorFootnote: e.locator.footnote ?? null,
    locatorFile: e.locator.file ?? null,
    locatorLine: e.locator.line ?? null,
    locatorWrittenFromFile: e.locator.writtenFrom?.file ?? null,
    locatorWrittenFromTable: e.locator.writtenFrom?.table ?? null,
    quote: e.quote,
    asWritten: e.asWritten,
    note: e.note ?? null,
    ...provenanceCells(dataset, e.id),
  }));
}

/** The members of a relation, in order, as `[role, observation id or constant]`. */
function members(r: Relation): [string, string | { value: number; label: string }][] {
  const out: [string, string | { value: number; label: string }][] = [];
  switch (r.kind) {
    case 'sum':
      out.push(['total', r.total], ...r.parts.map((p): [string, string] => ['part', p]));
      if (r.remainder) out.push(['remainder', r.remainder]);
      break;
    case 'difference':
      out.push(['result', r.result], ['minuend', r.minuend], ['subtrahend', r.subtrahend]);
      break;
    case 'share':
      out.push(['percent', r.percent], ['part', r.part], ['whole', r.whole]);
      break;
    case 'partOf':
      out.push(['part', r.part], ['whole', r.whole]);
      break;
  }
  if ('discrepancy' in r && r.discrepancy) out.push(['discrepancy', { value: r.discrepancy.value, label: r.discrepancy.note }]);
  return out;
}

/** The rows of a dataset for `data/relations.csv`: one per member of each relation. */
export function relationRows(dataset: Dataset): Row[] {
  return dataset.relations.flatMap((r) =>
    members(r).map(([role, m], i) => ({
      datasetId: dataset.id,
      relationId: r.id,
      member: i + 1,
      kind: r.kind,
      role,
      observationId: typeof m === 'string' ? m : null,
      value: typeof m === 'string' ? null : m.value,
      label: typeof m === 'string' ? null : m.label,
      tolerance: 'tolerance' in r && r.tolerance !== undefined ? r.tolerance : null,
      description: r.description,
    })),
  );
}

/** The rows of a dataset for `data/sources.csv`: one per source it cites. */
export function sourceRows(dataset: Dataset): Row[] {
  return dataset.sources.map((s) => ({
    datasetId: dataset.id,
    sourceId: s.id,
    title: s.title,
    publisher: s.publisher ?? null,
    kind: s.kind,
    published: s.published?.date ?? null,
    publishedBasis: s.published?.basis ?? null,
    url: s.url ?? null,
    file: s.file ?? null,
    sha256: s.sha256 ?? null,
    citedIn: s.citedIn?.join('; ') ?? null,
    note: s.note ?? null,
  }));
}

/** The row of a dataset for `data/datasets.csv`. */
export function datasetRow(dataset: Dataset): Row {
  return {
    datasetId: dataset.id,
    title: dataset.title,
    topic: dataset.topic,
    version: dataset.version,
    sha256: dataset.sha256,
    observations: dataset.observations.length,
    events: dataset.events.length,
    description: dataset.description,
  };
}

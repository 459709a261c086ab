/**
 * The views across sources as the package ships them (scripts/export-data.ts writes them into
 * `data/`): for each view of `comparisonViews`, the statements of its measures
 * (`data/<slug>.csv`, the columns of `statementColumns`), its revisions table where it has one
 * (`data/<slug>.revisions.csv`) and its chart (`data/charts/<slug>.vl.json`, the spec the docs
 * page draws). The same rows as `compare <measure> --csv`, the same chart as the docs page.
 */
import { comparisonViews, statedMeasures, viewTitle } from '../src/tabular/comparisonViews.js';
import type { ColumnInfo } from '../src/tabular/columns.js';
import type { Cell } from '../src/tabular/csv.js';
import { editionRevisionColumns, editionRevisionRows, editionRevisionsOf, unhcrEditions } from '../src/tabular/editions.js';
import { revisionColumns, revisionRows, revisionsOf } from '../src/tabular/revisions.js';
import { statementColumns, statementRows } from '../src/tabular/statements.js';
import type { Dataset } from '../src/schema/dataset.js';
import { chartFiles } from './docs/chartModule.js';
import { viewChartSpec } from './docs/acrossSources.js';

/** A foreign key of a Table Schema. */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** A table of a view across sources, ready for the Data Package. */
export interface ViewTable {
  readonly name: string;
  /** Its path in `data/`. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly columns: Readonly<Record<string, ColumnInfo>>;
  readonly rows: readonly Record<string, Cell>[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** The datasets its rows come from (for its sources and licences). */
  readonly datasets: readonly Dataset[];
}

/** The keys of a table of statements: each row is an observation of observations.csv, read from a source of sources.csv. */
export const statementForeignKeys: readonly ForeignKey[] = [
  { fields: ['datasetId'], reference: { resource: 'datasets', fields: ['datasetId'] } },
  { fields: ['datasetId', 'observationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } },
  { fields: ['datasetId', 'sourceId'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
  { fields: ['datasetId', 'attribution'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
];

/**
 * The tables of every view across sources over `all`: its statements, then its revisions table
 * where it has one. A view none of whose measures any dataset states has no table.
 *
 * @throws {Error} when a view's slug is a dataset id (their files would collide in `data/`).
 */
export function viewTables(all: readonly Dataset[]): ViewTable[] {
  const out: ViewTable[] = [];
  for (const view of comparisonViews) {
    if (all.some((d) => d.id === view.slug)) throw new Error(`export-data: the view "${view.slug}" has the id of a dataset; its files would overwrite the dataset's`);
    const measures = statedMeasures(view, all);
    if (measures.length === 0) continue;
    const rows = measures.flatMap((m) => statementRows(m, all));
    const title = viewTitle(view, all);
    const ids = new Set(rows.map((r) => r.datasetId));
    out.push({
      name: view.slug,
      path: `${view.slug}.csv`,
      title,
      description:
        `${view.lead} One row per statement of ${measures.map((m) => `"${m}"`).join(' and ')}, measure by measure, each by period then source (the order of estimates() and of "compare <measure> --csv"), ` +
        `with its figure as its source states it (never converted), its qualifier, period, who states it, citation and locator. Its chart: charts/${view.slug}.vl.json.`,
      columns: statementColumns,
      rows,
      primaryKey: ['datasetId', 'observationId'],
      foreignKeys: statementForeignKeys,
      datasets: all.filter((d) => ids.has(d.id)),
    });
    const table = view.revisions && revisionsOf(view.revisions, all);
    if (view.revisions && table) {
      out.push({
        name: `${view.slug}-revisions`,
        path: `${view.slug}.revisions.csv`,
        title: `${title}: revisions, the figures as first printed beside the figures today`,
        description:
          `Each period that both state: the figure of ${table.earlier.id} ("${view.revisions.earlier.measure}") beside the figure of ${table.later.id} ("${view.revisions.later.measure}"), ` +
          'both in unit, with the difference (later minus earlier) and the ratio (later over earlier). The two may count different things by their own definitions (see the measure labels in the statements table); the table does not say which figure is right.',
        columns: revisionColumns,
        rows: revisionRows(table, view.revisions.unit),
        primaryKey: ['period'],
        foreignKeys: [
          { fields: ['earlierDatasetId', 'earlierObservationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } },
          { fields: ['laterDatasetId', 'laterObservationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } },
        ],
        datasets: [table.earlier, table.later],
      });
    }
  }
  return out;
}

/**
 * The table of editions (`data/unhcr-editions.revisions.csv`): what changed between the editions
 * of UNHCR's population table the library holds (see `unhcrEditions`), the changed figures of
 * two editions paired by UNHCR's own country codes, and the totals of the December 2019 copy
 * that differ from the sum of the latest edition's rows; `undefined` where `all` lacks every
 * dataset of it.
 */
export function editionTable(all: readonly Dataset[]): ViewTable | undefined {
  const revisions = editionRevisionsOf(unhcrEditions, all);
  const ids = new Set([...unhcrEditions.pairs.flatMap((p) => [p.earlier, p.later]), ...unhcrEditions.totals.flatMap((t) => [t.totals, t.rows])]);
  const used = all.filter((d) => ids.has(d.id));
  if (used.length === 0) return undefined;
  const pairs = unhcrEditions.pairs.map((p) => `${p.earlier} against ${p.later}`).join('; ');
  const totals = unhcrEditions.totals.map((t) => `${t.totals} against the sum of the rows of ${t.rows}`).join('; ');
  return {
    name: 'unhcr-editions-revisions',
    path: 'unhcr-editions.revisions.csv',
    title: "UNHCR's population table in several editions: what changed, figure by figure",
    description:
      `Editions side by side (${pairs}): every figure whose value or written ISO country code differs between the two editions of UNHCR's population table, and every figure one edition has and the other not, over the years both state, ` +
      "each pair matched by measure, year and UNHCR's own codes of origin and asylum (the fields coo and coa of the row each figure quotes), so that a row whose ISO code changed still pairs; with both values, quotes and locators. " +
      `Then (${totals}) each total of the December 2019 copy (measure by measure, the same id on both sides) that differs from the sum of the later edition's rows of that measure and year, or that the later edition has no row for, with both values and the difference (later minus earlier). ` +
      'The table says what changed between the editions, not which figure is right.',
    columns: editionRevisionColumns,
    rows: editionRevisionRows(revisions),
    primaryKey: ['revisionId'],
    foreignKeys: [
      { fields: ['earlierDatasetId', 'earlierObservationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } },
      { fields: ['laterDatasetId', 'laterObservationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } },
      { fields: ['earlierDatasetId', 'earlierSourceId'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
      { fields: ['laterDatasetId', 'laterSourceId'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
    ],
    datasets: used,
  };
}

/** The chart files of every view across sources that has statements (its spec, and the typed ES module of it: see `chartFiles`): each path in `data/` and its text. */
export function viewCharts(all: readonly Dataset[]): { path: string; text: string }[] {
  return comparisonViews
    .filter((v) => statedMeasures(v, all).length > 0)
    .flatMap((v) => Object.entries(chartFiles(v.slug, viewChartSpec(v, all))).map(([file, text]) => ({ path: `charts/${file}`, text })));
}

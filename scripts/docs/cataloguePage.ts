import type { Dataset } from '../../src/schema/dataset.js';
import { Topic } from '../../src/schema/topic.js';
import { eventColumns, observationColumns } from '../../src/tabular/columns.js';
import { generatedBanner } from './datasetPage.js';
import { escapeMarkdown } from './html.js';

/** What the catalogue page needs besides the datasets. */
export interface CataloguePageInput {
  readonly datasets: readonly Dataset[];
  /** The path of each dataset's page, relative to the catalogue. */
  readonly pagePath: (dataset: Dataset) => string;
  /** Paths of the package-wide downloads, relative to the catalogue. */
  readonly files: { readonly datapackage: string; readonly schemas: readonly { name: string; path: string }[] };
  /** The pages that set the sources of one thing side by side (IDPs by source…), with their paths relative to the catalogue. */
  readonly comparisons?: readonly { readonly title: string; readonly path: string }[];
}

const columnTable = (columns: Readonly<Record<string, { type: string; description: string }>>): string =>
  ['| Column | Type | What it holds |', '|---|---|---|', ...Object.entries(columns).map(([n, c]) => `| \`${n}\` | ${c.type} | ${escapeMarkdown(c.description)} |`)].join('\n');

/**
 * The catalogue page, for TypeDoc: every dataset by topic with its page, title, counts and
 * version, the package-wide downloads, and the columns of the CSV files. Its front matter makes
 * the dataset pages its children in the navigation.
 */
export function cataloguePage({ datasets, pagePath, files, comparisons = [] }: CataloguePageInput): string {
  const observations = datasets.reduce((n, d) => n + d.observations.length, 0);
  const events = datasets.reduce((n, d) => n + d.events.length, 0);
  const documents = new Set(datasets.flatMap((d) => d.sources.filter((s) => s.file).map((s) => s.id)));
  const out: string[] = [
    `---\ntitle: Catalogue\nchildren:\n${[...comparisons.map((c) => c.path), ...datasets.map((d) => pagePath(d))].map((p) => `  - ${p}`).join('\n')}\n---\n${generatedBanner}`,
    '# Catalogue of datasets',
    `${datasets.length} datasets, ${observations} observations and ${events} dated events, drawn from ${documents.size} source documents. ` +
      'This page and every dataset page are generated from the data at build time. Each dataset has a page with its chart and every figure with its provenance, ' +
      'a CSV in the package (`data/<dataset-id>.csv`) and a Vega-Lite spec (`data/charts/<dataset-id>.vl.json`).',
  ];
  if (comparisons.length > 0) {
    out.push(
      '## Across sources',
      'Every figure of one thing, from every source and edition, on one time axis:',
      comparisons.map((c) => `- [${escapeMarkdown(c.title)}](${c.path})`).join('\n'),
    );
  }
  for (const topic of Topic.options) {
    const own = datasets.filter((d) => d.topic === topic);
    out.push(`## ${topic}`, `Entry point \`azerbaijan-data/${topic}\`.`);
    if (own.length === 0) {
      out.push('No dataset yet.');
      continue;
    }
    out.push(
      [
        '| Dataset | Title | Observations | Events | Version |',
        '|---|---|---|---|---|',
        ...own.map((d) => `| [${d.id}](${pagePath(d)}) | ${escapeMarkdown(d.title)} | ${d.observations.length} | ${d.events.length} | ${d.version} |`),
      ].join('\n'),
    );
  }
  out.push(
    '## Downloads for other tools',
    `- [datapackage.json](${files.datapackage}): a Data Package v2 describing every table file (fields, types and categories, keys, sources, licences, bytes and hash); shipped as \`data/datapackage.json\`.`,
    `- JSON Schema of the data model, generated from the zod schemas: ${files.schemas.map((s) => `[${s.name}](${s.path})`).join(', ')}; shipped under \`data/schema/\`.`,
    '- See [Using the data outside JavaScript](../exports.md) for Python, R, DuckDB and spreadsheets.',
    '## Columns of the CSV files',
    'Every `data/<dataset-id>.csv` has these columns, with one column per dimension of the dataset (named by the dimension id) after `period`. An empty cell is a missing value, never zero.',
    columnTable(observationColumns),
    'Datasets with dated events also ship `data/<dataset-id>.events.csv`, with these columns:',
    columnTable(eventColumns),
  );
  return `${out.join('\n\n')}\n`;
}

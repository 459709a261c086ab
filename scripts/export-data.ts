/**
 * Writes the data exports for tools other than JavaScript: `npm run build` runs it (after tsup)
 * and writes `data/`, which the package ships:
 * - `data/<dataset-id>.csv`: tidy rows, one per observation, provenance columns included
 *   (`toRows`); UTF-8, RFC 4180 quoting, CRLF line ends; `data/<dataset-id>.events.csv`: the
 *   dated events, for datasets that have any;
 * - the long tables of every dataset, with a `datasetId` column and one column set:
 *   `data/observations.csv`, `data/events.csv`, `data/relations.csv`, `data/sources.csv`,
 *   `data/datasets.csv`, and `data/competing-estimates.csv` (the competing-estimates view: every
 *   statement of its measures with its figure, qualifier, period, source, citation and locator);
 * - the views across sources (scripts/acrossSourcesExports.ts): `data/<view>.csv`, every
 *   statement of the view's measures (the rows of `compare <measure> --csv`),
 *   `data/<view>.revisions.csv` where the view has a revisions table, and the chart
 *   `data/charts/<view>.vl.json`; and `data/unhcr-editions.revisions.csv`, what changed between
 *   the editions of UNHCR's population table (src/tabular/editions.ts);
 * - `data/observations.parquet` and `data/events.parquet`: the same long tables with real
 *   column types, written by DuckDB from the CSV read through its declared types;
 * - `data/hxl/observations.csv`: the long observations with an HXL hashtag row under the header;
 * - `data/datapackage.json`: a Data Package v2 describing every table file as a resource;
 * - `data/schema/*.schema.json`: JSON Schema of the data model, generated from the zod schemas;
 * - `data/charts/<slug>.vl.json`: the four charts of the displacement series to 2025
 *   (scripts/docs/displacement2025Charts.ts, drawn on docs/displacement-2025.md);
 * - `data/charts/<dataset-id>.vl.json`: the Vega-Lite spec of each dataset's chart, with
 *   `<dataset-id>.vl.js` and `.vl.d.ts`, the spec as a typed ES module (scripts/docs/chartModule.ts);
 * - `data/DATA-LICENSE.md`: how the data may be used.
 * Every file is generated from the catalogue (`datasets`): nothing here lists datasets by hand.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';
import { datasets } from '../src/catalogue.js';
import { competingEstimates } from '../src/data/displacement/competingEstimates.js';
import {
  datasetColumns,
  eventColumns,
  longEventColumns,
  longObservationColumns,
  observationColumns,
  relationColumns,
  sourceColumns,
} from '../src/tabular/columns.js';
import type { ColumnInfo } from '../src/tabular/columns.js';
import { csvColumns, csvTable, toCsv, toEventsCsv } from '../src/tabular/csv.js';
import type { Cell } from '../src/tabular/csv.js';
import { unitLabels } from '../src/tabular/format.js';
import { hxlColumns, hxlRows } from '../src/tabular/hxl.js';
import { datasetRow, longEventRows, longObservationRows, relationRows, sourceRows } from '../src/tabular/records.js';
import { statementColumns, statementRows } from '../src/tabular/statements.js';
import { Dataset as DatasetSchema, Event, Observation, Relation, Source, SourceKind, Topic } from '../src/schema/index.js';
import type { Dataset } from '../src/schema/dataset.js';
import type { Source as SourceRecord } from '../src/schema/source.js';
import { chartSpec } from './docs/chartSpec.js';
import { chartFiles } from './docs/chartModule.js';
import { dimensionColumns } from '../src/helpers/toRows.js';
import { licensedSources, packageLicence } from './sourceLicences.js';
import { editionTable, viewCharts, viewTables } from './acrossSourcesExports.js';
import { displacement2025Charts } from './docs/displacement2025Charts.js';

const root = new URL('..', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; description: string; keywords?: string[] };

const profiles = 'https://datapackage.org/profiles/2.0';

/** A category of a coded field (Table Schema v2 `categories`). */
interface Category {
  value: string;
  label: string;
}

/** A Table Schema v2 field descriptor. */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'object';
  format?: 'uri';
  description: string;
  categories?: Category[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** The licence of the data, as the Data Package states it (see DATA-LICENSE.md). */
const dataLicence = {
  path: 'DATA-LICENSE.md',
  title: 'Figures cited from their named publishers: reuse with attribution to the publisher and the source document (see DATA-LICENSE.md)',
};

const qualifierLabels: Record<string, string> = {
  exact: 'exact: the figure as stated',
  approximate: 'approximate: "almost", "around", "some"',
  atLeast: 'at least: "more than"',
  atMost: 'at most: "up to", "less than"',
  range: 'range: low and high, no value',
};
const sourceKindLabels: Record<string, string> = {
  government: 'a government or one of its bodies',
  ngo: 'a non-governmental organisation',
  intergovernmental: 'an intergovernmental organisation',
  monitor: 'a monitoring initiative',
  media: 'a news medium',
  academic: 'an academic or research work',
};

/** The coded fields and their categories, wherever a table has them. */
const categoriesOf: Record<string, Category[]> = {
  qualifier: Object.entries(qualifierLabels).map(([value, label]) => ({ value, label })),
  unit: Object.entries(unitLabels).map(([value, label]) => ({ value, label })),
  sourceKind: SourceKind.options.map((value) => ({ value, label: sourceKindLabels[value] ?? value })),
  topic: Topic.options.map((value) => ({ value, label: value.replace(/-/g, ' ') })),
};

function field(name: string, info: ColumnInfo, extra: { enum?: readonly string[] | undefined; categories?: Category[] | undefined } = {}): Field {
  const constraints = {
    ...(info.required ? { required: true } : {}),
    ...(extra.enum ? { enum: [...extra.enum] } : {}),
    ...(info.pattern ? { pattern: info.pattern } : {}),
  };
  const categories = extra.categories ?? categoriesOf[name];
  return {
    name,
    type: info.type,
    ...(info.format ? { format: info.format } : {}),
    description: info.description,
    ...(categories ? { categories } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The fields of a long table, the source kind of sources.csv (`kind`) coded as sourceKind. */
function fieldsOf(columns: Readonly<Record<string, ColumnInfo>>, table?: string): Field[] {
  return Object.entries(columns).map(([name, info]) =>
    field(name, info, table === 'sources' && name === 'kind' ? { categories: categoriesOf.sourceKind } : name === 'dateBasis' ? { enum: ['stated', 'inferred'] } : {}),
  );
}

/** The Table Schema fields of a dataset's observation CSV, in the order of its header. */
export function observationFields(dataset: Dataset): Field[] {
  const dimensions = new Map(dimensionColumns(dataset).map((c, i) => [c, dataset.dimensions[i]!]));
  return csvColumns(dataset).map((name) => {
    const dimension = dimensions.get(name);
    if (dimension) {
      return field(
        name,
        { type: 'string', required: false, description: `${dimension.label}${dimension.codelist ? `, ${dimension.codelist} code` : ''}: the code of the dimension "${dimension.id}" (the categories label each code); empty where the row has none.` },
        { categories: dimension.values.map((v) => ({ value: v.code, label: v.label })) },
      );
    }
    const info = observationColumns[name];
    if (!info) throw new Error(`export-data: the CSV column "${name}" has no description in src/tabular/columns.ts`);
    const enums: Record<string, readonly string[]> = {
      datasetId: [dataset.id],
      measure: dataset.measures.map((m) => m.id),
      sourceId: dataset.sources.map((s) => s.id),
    };
    // a dataset's own file: the categories of unit are the units it declares
    const categories = name === 'unit' ? categoriesOf.unit!.filter((c) => (dataset.units as readonly string[]).includes(c.value)) : undefined;
    return field(name, info, { enum: enums[name], categories });
  });
}

function eventFields(dataset: Dataset): Field[] {
  return Object.entries(eventColumns).map(([name, info]) =>
    field(name, info, name === 'datasetId' ? { enum: [dataset.id] } : name === 'dateBasis' ? { enum: ['stated', 'inferred'] } : {}),
  );
}

function packageSource(s: SourceRecord): { title: string; path?: string; version?: string } {
  return { title: s.publisher !== undefined ? `${s.publisher}: ${s.title}` : s.title, ...(s.url ? { path: s.url } : {}), ...(s.edition ? { version: s.edition } : {}) };
}

const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The DuckDB type of a Table Schema type: what `read_csv` is told and what Parquet holds. */
export const duckdbTypes: Readonly<Record<Field['type'], string>> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'INTEGER', object: 'VARCHAR' };

/** The `columns` argument of DuckDB's `read_csv` for a table: every column with its type. */
export function duckdbColumns(fields: readonly Pick<Field, 'name' | 'type'>[]): string {
  return `{${fields.map((f) => `'${f.name}': '${duckdbTypes[f.type]}'`).join(', ')}}`;
}

/** What `writeExports` wrote. */
export interface ExportSummary {
  readonly files: readonly string[];
  readonly resources: number;
}

const csvDialect = { $schema: `${profiles}/tabledialect.json`, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/**
 * Writes every export into `outDir` (emptied first) and returns the files written, relative to
 * `outDir`. Runs in `O(n)` over all observations, then lets DuckDB write the Parquet files.
 */
export async function writeExports(outDir: string): Promise<ExportSummary> {
  rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['charts', 'schema', 'hxl']) mkdirSync(join(outDir, dir), { recursive: true });
  const files: string[] = [];
  const write = (path: string, content: string | Buffer): { bytes: number; hash: string } => {
    if (typeof content === 'string') writeFileSync(join(outDir, path), content);
    if (!files.includes(path)) files.push(path);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return { bytes: bytes.length, hash: `sha256:${sha256(bytes)}` };
  };
  const all = datasets as readonly Dataset[];

  const resources: Record<string, unknown>[] = [];
  const tableResource = (name: string, path: string, written: { bytes: number; hash: string }, meta: Record<string, unknown>, schema: Record<string, unknown>, format = 'csv'): void => {
    resources.push({
      $schema: `${profiles}/dataresource.json`,
      name,
      type: 'table',
      path,
      ...meta,
      format,
      mediatype: format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet',
      ...(format === 'csv' ? { encoding: 'utf-8', dialect: meta.dialect ?? csvDialect } : {}),
      bytes: written.bytes,
      hash: written.hash,
      schema: { $schema: `${profiles}/tableschema.json`, missingValues: [''], ...schema },
    });
  };

  // The long tables first: every per-dataset resource refers to datasets.csv.
  const observationRows = all.flatMap(longObservationRows);
  const longTables: { name: string; title: string; description: string; columns: Readonly<Record<string, ColumnInfo>>; rows: Record<string, Cell>[]; primaryKey: string[]; foreignKeys: unknown[] }[] = [
    {
      name: 'datasets',
      title: 'The datasets',
      description: 'One row per dataset: its id, title, topic, version and content hash.',
      columns: datasetColumns,
      rows: all.map(datasetRow),
      primaryKey: ['datasetId'],
      foreignKeys: [],
    },
    {
      name: 'observations',
      title: 'Every observation of every dataset, in one long table',
      description: 'One row per observation, in the same columns whatever the dataset, with its provenance, its topic, the body that states it and its citation (the chain cite() gives); the dimensions are one JSON column. Each statement stands here once, in the dataset that holds it.',
      columns: longObservationColumns,
      rows: observationRows,
      primaryKey: ['datasetId', 'observationId'],
      foreignKeys: [
        { fields: ['datasetId'], reference: { resource: 'datasets', fields: ['datasetId'] } },
        { fields: ['datasetId', 'sourceId'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
        { fields: ['datasetId', 'attribution'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
      ],
    },
    {
      name: 'events',
      title: 'Every dated event of every dataset, in one long table',
      description: 'One row per event, with its date as ISO 8601 text, the precision of that date, and its provenance.',
      columns: longEventColumns,
      rows: all.flatMap(longEventRows),
      primaryKey: ['datasetId', 'eventId'],
      foreignKeys: [
        { fields: ['datasetId'], reference: { resource: 'datasets', fields: ['datasetId'] } },
        { fields: ['datasetId', 'sourceId'], reference: { resource: 'sources', fields: ['datasetId', 'sourceId'] } },
      ],
    },
    {
      name: 'relations',
      title: 'The relations that must hold between observations',
      description: 'One row per member of a relation (sum, difference, share, partOf): the observation or constant that plays each role.',
      columns: relationColumns,
      rows: all.flatMap(relationRows),
      primaryKey: ['datasetId', 'relationId', 'member'],
      foreignKeys: [
        { fields: ['datasetId'], reference: { resource: 'datasets', fields: ['datasetId'] } },
        { fields: ['datasetId', 'observationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } },
      ],
    },
    {
      name: 'sources',
      title: 'The sources of every dataset',
      description: 'One row per dataset and source: the five documents and the bodies they cite.',
      columns: sourceColumns,
      rows: all.flatMap(sourceRows),
      primaryKey: ['datasetId', 'sourceId'],
      foreignKeys: [{ fields: ['datasetId'], reference: { resource: 'datasets', fields: ['datasetId'] } }],
    },
    {
      name: competingEstimates.id,
      title: competingEstimates.title,
      description: `${competingEstimates.description} ${competingEstimates.notes.join(' ')} Each row also gives the statement's figure as its source states it, its qualifier, period, who states it, citation and locator, so that the table reads alone (the columns of "compare <measure> --csv").`,
      columns: statementColumns,
      rows: competingEstimates.measures.flatMap((m) => statementRows(m, all)),
      primaryKey: ['datasetId', 'observationId'],
      foreignKeys: [{ fields: ['datasetId', 'observationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } }],
    },
  ];
  const documents = new Map<string, SourceRecord>();
  // the source documents and the statistical releases (with their licences): what the figures are read from
  for (const d of all) for (const s of d.sources) if (s.file || s.form === 'dataset') documents.set(s.id, s);
  const packageSources = [...documents.values()].sort((a, b) => a.id.localeCompare(b.id)).map(packageSource);
  // the tables of every dataset carry the licence of every release, with the attribution it requires
  const packageLicences = [dataLicence, ...licensedSources(all.flatMap((d) => d.sources)).map(packageLicence)];
  const longFields = new Map<string, Field[]>();
  for (const t of longTables) {
    const fields = fieldsOf(t.columns, t.name);
    longFields.set(t.name, fields);
    const written = write(`${t.name}.csv`, csvTable(Object.keys(t.columns), t.rows));
    tableResource(t.name, `${t.name}.csv`, written, { title: t.title, description: t.description, sources: packageSources, licenses: packageLicences }, {
      fields,
      primaryKey: t.primaryKey,
      ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
    });
  }

  // Parquet: DuckDB reads each long CSV through its declared types and writes it with them.
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const name of ['observations', 'events']) {
    const fields = longFields.get(name)!;
    const csvPath = join(outDir, `${name}.csv`).replaceAll("'", "''");
    const parquetPath = join(outDir, `${name}.parquet`).replaceAll("'", "''");
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csvPath}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${duckdbColumns(fields)})) TO '${parquetPath}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    const written = write(`${name}.parquet`, readFileSync(join(outDir, `${name}.parquet`)));
    const table = longTables.find((t) => t.name === name)!;
    tableResource(`${name}-parquet`, `${name}.parquet`, written, { title: `${table.title} (Parquet)`, description: `${table.description} The same rows and columns as ${name}.csv, with typed columns.`, sources: packageSources, licenses: packageLicences }, {
      fields,
      primaryKey: table.primaryKey,
    }, 'parquet');
  }
  connection.closeSync();
  instance.closeSync();

  // HXL: the long observations with a hashtag row under the header, a column per dimension.
  const urls = new Map(all.flatMap((d) => d.sources.map((s) => [s.id, s.url ?? null] as const)));
  const hxl = hxlColumns(all);
  const hxlText = csvTable(hxl.map((c) => c.header), [Object.fromEntries(hxl.map((c) => [c.header, c.tag])), ...all.flatMap((d) => hxlRows(d, urls))]);
  const hxlWritten = write('hxl/observations.csv', hxlText);
  const hxlTypes: Record<string, Field['type']> = { idps: 'number', refugees: 'number', displaced: 'number', population: 'number', value: 'number', low: 'number', high: 'number', roundedValue: 'number', locatorLine: 'integer' };
  tableResource(
    'hxl-observations',
    'hxl/observations.csv',
    hxlWritten,
    {
      title: 'Every observation, with HXL hashtags',
      description: 'The long observations for humanitarian tools (HDX, HXL Proxy): the row under the header holds the HXL hashtag of each column (a comment row for readers of the Data Package). Each dimension has its own columns (code and name) under the hashtag of its role (#country+origin, #country+dest, #adm1…); the period is split into #date+start and #date+end; the figure stands in the column whose hashtag names what it counts; #org+reporting+name names the body that states it and #meta+source the publication.',
      sources: packageSources,
      licenses: packageLicences,
      dialect: { ...csvDialect, headerRows: [1], commentRows: [2] },
    },
    {
      fields: hxl.map((c) => ({ name: c.header, type: hxlTypes[c.header] ?? 'string', ...(c.header === 'sourceUrl' ? { format: 'uri' } : {}), description: `HXL ${c.tag}: ${c.from}.`, ...(categoriesOf[c.header] ? { categories: categoriesOf[c.header] } : {}) })),
      primaryKey: ['datasetId', 'observationId'],
    },
  );

  for (const dataset of all) {
    const publishers = [...new Set(dataset.sources.map((s) => s.publisher ?? s.title))];
    const licences = [{ ...dataLicence, title: `Figures cited from ${publishers.join('; ')}: reuse with attribution (see DATA-LICENSE.md)` }, ...licensedSources(dataset.sources).map(packageLicence)];
    const meta = { sources: dataset.sources.map(packageSource), licenses: licences, datasetVersion: dataset.version, contentHash: `sha256:${dataset.sha256}` };
    const datasetForeignKey = [{ fields: ['datasetId'], reference: { resource: 'datasets', fields: ['datasetId'] } }];
    tableResource(dataset.id, `${dataset.id}.csv`, write(`${dataset.id}.csv`, toCsv(dataset)), { title: dataset.title, description: dataset.description, ...meta }, {
      fields: observationFields(dataset),
      primaryKey: ['observationId'],
      foreignKeys: datasetForeignKey,
    });
    if (dataset.events.length > 0) {
      tableResource(
        `${dataset.id}-events`,
        `${dataset.id}.events.csv`,
        write(`${dataset.id}.events.csv`, toEventsCsv(dataset)),
        { title: `${dataset.title}: dated events`, description: `The dated events of the dataset "${dataset.id}", one row per event, with their provenance.`, ...meta },
        { fields: eventFields(dataset), primaryKey: ['eventId'], foreignKeys: datasetForeignKey },
      );
    }
    for (const [file, text] of Object.entries(chartFiles(dataset.id, chartSpec(dataset)))) write(`charts/${file}`, text);
  }

  // The views across sources: the statements of each, its revisions table, its chart; then the table of editions.
  const editions = editionTable(all);
  for (const t of [...viewTables(all), ...(editions ? [editions] : [])]) {
    const viewSources = t.datasets.flatMap((d) => d.sources);
    const meta = {
      title: t.title,
      description: t.description,
      sources: [...new Map(viewSources.filter((s) => s.file || s.form === 'dataset').map((s) => [s.id, s])).values()].sort((a, b) => a.id.localeCompare(b.id)).map(packageSource),
      licenses: [dataLicence, ...licensedSources(viewSources).map(packageLicence)],
    };
    tableResource(t.name, t.path, write(t.path, csvTable(Object.keys(t.columns), t.rows)), meta, {
      fields: fieldsOf(t.columns, t.name),
      primaryKey: [...t.primaryKey],
      foreignKeys: t.foreignKeys,
    });
  }
  for (const c of viewCharts(all)) write(c.path, c.text);
  // the charts of the displacement series to 2025 (docs/displacement-2025.md)
  for (const c of displacement2025Charts(all)) {
    if (all.some((d) => d.id === c.slug)) throw new Error(`export-data: the chart "${c.slug}" has the id of a dataset; its files would overwrite the dataset's`);
    for (const [file, text] of Object.entries(chartFiles(c.slug, c.spec))) write(`charts/${file}`, text);
  }

  const schemas = { dataset: DatasetSchema, observation: Observation, source: Source, relation: Relation, event: Event } as const;
  for (const [name, schema] of Object.entries(schemas)) {
    const json = {
      title: `azerbaijan-data ${name}`,
      description: `JSON Schema of a ${name} of azerbaijan-data ${packageJson.version}, generated from the zod schema (z.toJSONSchema) by scripts/export-data.ts. The zod schema also checks what JSON Schema cannot state (ids unique, references declared, quote contains the figure): validate with parseDataset from 'azerbaijan-data/schema' for the full check.`,
      ...z.toJSONSchema(schema, { unrepresentable: 'any' }),
    };
    write(`schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  }

  copyFileSync(join(root, 'DATA-LICENSE.md'), join(outDir, 'DATA-LICENSE.md'));
  files.push('DATA-LICENSE.md');

  const datapackage = {
    $schema: `${profiles}/datapackage.json`,
    name: packageJson.name,
    title: 'azerbaijan-data: datasets on Azerbaijan with value-level provenance',
    description: `${packageJson.description} Generated by scripts/export-data.ts: the long tables (observations, events, relations, sources, datasets, competing-estimates) hold every dataset with a datasetId column (the dataset key, datasetId, and the observation key, observationId, have one name in every table); each dataset also has its own resource.`,
    version: packageJson.version,
    keywords: packageJson.keywords ?? [],
    licenses: packageLicences,
    contributors: [{ title: 'The azerbaijan-data contributors', roles: ['creator'] }],
    sources: packageSources,
    resources,
  };
  write('datapackage.json', `${JSON.stringify(datapackage, null, 2)}\n`);
  return { files, resources: resources.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const summary = await writeExports(join(root, 'data'));
  console.log(`export-data: ${summary.resources} resources, ${summary.files.length} files in data/`);
}

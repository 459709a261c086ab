/**
 * Writes the data exports for tools other than JavaScript: `npm run build` runs it (after tsup)
 * and writes `data/`, which the package ships:
 * - `data/<dataset-id>.csv`: tidy rows, one per observation, provenance columns included
 *   (`toRows`); UTF-8, RFC 4180 quoting, CRLF line ends;
 * - `data/<dataset-id>.events.csv`: the dated events, for datasets that have any;
 * - `data/datapackage.json`: a Frictionless Data Package (v1) describing every CSV as a
 *   resource, with its Table Schema, bytes, hash, sources and licences;
 * - `data/schema/*.schema.json`: JSON Schema of the data model, generated from the zod schemas;
 * - `data/charts/<dataset-id>.vl.json`: the Vega-Lite spec of each dataset's chart;
 * - `data/DATA-LICENSE.md`: how the data may be used.
 * Every file is generated from the catalogue (`datasets`): nothing here lists datasets by hand.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { datasets } from '../src/catalogue.js';
import { observationColumns, eventColumns } from '../src/tabular/columns.js';
import type { ColumnInfo } from '../src/tabular/columns.js';
import { csvColumns, toCsv, toEventsCsv } from '../src/tabular/csv.js';
import { qualifierSigns } from '../src/tabular/format.js';
import { Dataset as DatasetSchema, Event, Observation, Relation, Source, SourceKind, Unit } from '../src/schema/index.js';
import type { Dataset } from '../src/schema/dataset.js';
import type { Source as SourceRecord } from '../src/schema/source.js';
import { chartSpec, specText } from './docs/chartSpec.js';
import { dimensionColumns } from '../src/helpers/toRows.js';

const root = new URL('..', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; description: string; keywords?: string[] };

/** A Table Schema field descriptor (Frictionless v1). */
interface Field {
  name: string;
  type: 'string' | 'number' | 'integer';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** The licence of the data, as the Data Package states it (see DATA-LICENSE.md). */
const dataLicence = {
  path: 'DATA-LICENSE.md',
  title: 'Figures cited from their named publishers: reuse with attribution to the publisher and the source document (see DATA-LICENSE.md)',
};

function field(name: string, info: ColumnInfo, enumValues?: readonly string[]): Field {
  const constraints = { ...(info.required ? { required: true } : {}), ...(enumValues ? { enum: [...enumValues] } : {}) };
  return { name, type: info.type, description: info.description, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The Table Schema fields of a dataset's observation CSV, in the order of its header. */
export function observationFields(dataset: Dataset): Field[] {
  const dimensions = new Map(dimensionColumns(dataset).map((c, i) => [c, dataset.dimensions[i]!]));
  return csvColumns(dataset).map((name) => {
    const dimension = dimensions.get(name);
    if (dimension) {
      const codes = dimension.values.map((v) => `${v.code} (${v.label})`).join('; ');
      return field(name, { type: 'string', required: false, description: `${dimension.label}${dimension.codelist ? `, ${dimension.codelist} code` : ''}: ${codes}.` }, dimension.values.map((v) => v.code));
    }
    const info = observationColumns[name];
    if (!info) throw new Error(`export-data: the CSV column "${name}" has no description in src/tabular/columns.ts`);
    const enums: Record<string, readonly string[]> = {
      datasetId: [dataset.id],
      measure: dataset.measures.map((m) => m.id),
      qualifier: Object.keys(qualifierSigns),
      unit: dataset.units,
      sourceKind: SourceKind.options,
      sourceId: dataset.sources.map((s) => s.id),
    };
    return field(name, info, enums[name]);
  });
}

function eventFields(dataset: Dataset): Field[] {
  return Object.entries(eventColumns).map(([name, info]) =>
    field(name, info, name === 'datasetId' ? [dataset.id] : name === 'dateBasis' ? ['stated', 'inferred'] : undefined),
  );
}

function frictionlessSource(s: SourceRecord): { title: string; path?: string } {
  return { title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What `writeExports` wrote. */
export interface ExportSummary {
  readonly files: readonly string[];
  readonly resources: number;
}

/**
 * Writes every export into `outDir` (emptied first) and returns the files written, relative to
 * `outDir`. Runs in `O(n)` over all observations.
 */
export function writeExports(outDir: string): ExportSummary {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'charts'), { recursive: true });
  mkdirSync(join(outDir, 'schema'), { recursive: true });
  const files: string[] = [];
  const write = (path: string, text: string): { bytes: number; hash: string } => {
    writeFileSync(join(outDir, path), text);
    files.push(path);
    return { bytes: Buffer.byteLength(text, 'utf8'), hash: `sha256:${sha256(text)}` };
  };

  const resources: Record<string, unknown>[] = [];
  for (const dataset of datasets as readonly Dataset[]) {
    const publishers = [...new Set(dataset.sources.map((s) => s.publisher))];
    const licences = [{ ...dataLicence, title: `Figures cited from ${publishers.join('; ')}: reuse with attribution (see DATA-LICENSE.md)` }];
    const common = {
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      sources: dataset.sources.map(frictionlessSource),
      licenses: licences,
      datasetVersion: dataset.version,
      contentHash: `sha256:${dataset.sha256}`,
    };
    const csv = write(`${dataset.id}.csv`, toCsv(dataset));
    resources.push({
      profile: 'tabular-data-resource',
      name: dataset.id,
      path: `${dataset.id}.csv`,
      title: dataset.title,
      description: dataset.description,
      ...common,
      bytes: csv.bytes,
      hash: csv.hash,
      schema: { fields: observationFields(dataset), missingValues: [''], primaryKey: ['observationId'] },
    });
    if (dataset.events.length > 0) {
      const events = write(`${dataset.id}.events.csv`, toEventsCsv(dataset));
      resources.push({
        profile: 'tabular-data-resource',
        name: `${dataset.id}-events`,
        path: `${dataset.id}.events.csv`,
        title: `${dataset.title}: dated events`,
        description: `The dated events of the dataset "${dataset.id}", one row per event, with their provenance.`,
        ...common,
        bytes: events.bytes,
        hash: events.hash,
        schema: { fields: eventFields(dataset), missingValues: [''], primaryKey: ['eventId'] },
      });
    }
    write(`charts/${dataset.id}.vl.json`, specText(chartSpec(dataset)));
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

  const documents = new Map<string, SourceRecord>();
  for (const d of datasets as readonly Dataset[]) for (const s of d.sources) if (s.file) documents.set(s.id, s);
  const datapackage = {
    profile: 'tabular-data-package',
    name: packageJson.name,
    title: 'azerbaijan-data: datasets on Azerbaijan with value-level provenance',
    description: `${packageJson.description} Generated by scripts/export-data.ts; every resource is one dataset of the package (see the docs' catalogue).`,
    version: packageJson.version,
    keywords: packageJson.keywords ?? [],
    licenses: [dataLicence],
    sources: [...documents.values()].sort((a, b) => a.id.localeCompare(b.id)).map(frictionlessSource),
    resources,
  };
  write('datapackage.json', `${JSON.stringify(datapackage, null, 2)}\n`);
  return { files, resources: resources.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const summary = writeExports(join(root, 'data'));
  console.log(`export-data: ${summary.resources} resources, ${summary.files.length} files in data/`);
}

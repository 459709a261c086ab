import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';
import type { Resource } from './readResource.js';

// One name for each key in every shipped header: the dataset key is `datasetId` and the
// observation key `observationId` in every CSV of data/ (the long tables, each dataset's own
// files, the HXL table), in the Parquet schemas, in the fields and keys of datapackage.json and
// in the CSV of `export`, so that a join between any two of them works on the first try.

const root = new URL('../../', import.meta.url).pathname;
const data = join(root, 'data');
const DATASET_KEY = 'datasetId';
const OBSERVATION_KEY = 'observationId';

/** The key a column name stands for, whatever its spelling (`dataset`, `dataset_id`, `DatasetID`, `obs_id`…). */
function keyOf(column: string): 'dataset' | 'observation' | undefined {
  const bare = column.toLowerCase().replace(/[^a-z]/g, '');
  if (['dataset', 'datasetid', 'datasetkey', 'datasetname', 'ds', 'dsid'].includes(bare)) return 'dataset';
  if (['observation', 'observationid', 'observationkey', 'obs', 'obsid'].includes(bare)) return 'observation';
  return undefined;
}

/** The columns of `headers` that name a key by another name than the one every file uses. */
function secondNames(headers: readonly (readonly [string, readonly string[]])[]): string[] {
  return headers.flatMap(([where, columns]) =>
    columns.filter((c) => (keyOf(c) === 'dataset' && c !== DATASET_KEY) || (keyOf(c) === 'observation' && c !== OBSERVATION_KEY)).map((c) => `${where}: ${c}`),
  );
}

const csvFiles = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv')).sort();
const csvHeaders: [string, string[]][] = csvFiles.map((f) => [f, readFileSync(join(data, f), 'utf8').split('\r\n')[0]!.split(',')]);
const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
  resources: (Resource & { schema: { primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } })[];
};

describe('one name for each key in every shipped file', () => {
  it('reads every CSV of data/: the long tables, every dataset file and events file, the HXL table', () => {
    expect(csvFiles).toEqual(expect.arrayContaining(['observations.csv', 'events.csv', 'relations.csv', 'sources.csv', 'datasets.csv', 'competing-estimates.csv', 'hxl/observations.csv']));
    for (const d of datasets) expect(csvFiles).toContain(`${d.id}.csv`);
  });

  it('every CSV header names the dataset key datasetId, and no column gives either key a second name', () => {
    expect(secondNames(csvHeaders)).toEqual([]);
    // a table that sets two observations side by side (a revisions table) names each one's keys by
    // its role, `<role>DatasetId` and `<role>ObservationId`, and declares the pair a foreign key of observations
    const paired = csvHeaders.filter(([, columns]) => !columns.includes(DATASET_KEY));
    expect(paired.map(([f]) => f)).toEqual(['remittances-by-source.revisions.csv', 'unhcr-editions.revisions.csv']);
    for (const [f, columns] of paired) {
      const roles = columns.filter((c) => c.endsWith('DatasetId')).map((c) => c.slice(0, -'DatasetId'.length));
      expect(roles, f).toEqual(['earlier', 'later']);
      const declared = pkg.resources.find((r) => r.path === f)!.schema.foreignKeys ?? [];
      for (const role of roles) {
        expect(declared, `${f}: ${role}`).toContainEqual({ fields: [`${role}DatasetId`, `${role}ObservationId`], reference: { resource: 'observations', fields: [DATASET_KEY, OBSERVATION_KEY] } });
      }
    }
    // the files of observations name the observation key the same way
    const observationFiles = csvHeaders.filter(([f]) => f === 'observations.csv' || f === 'hxl/observations.csv' || datasets.some((d) => f === `${d.id}.csv`));
    expect(observationFiles.filter(([, columns]) => !columns.includes(OBSERVATION_KEY)).map(([f]) => f)).toEqual([]);
  });

  it('the Parquet schemas use the same names', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      const files = readdirSync(data).filter((f) => f.endsWith('.parquet'));
      expect(files.sort()).toEqual(['events.parquet', 'observations.parquet']);
      const headers: [string, string[]][] = [];
      for (const f of files) {
        const rows = (await db.runAndReadAll(`DESCRIBE SELECT * FROM '${join(data, f).replaceAll("'", "''")}'`)).getRowObjectsJS() as { column_name: string }[];
        headers.push([f, rows.map((r) => r.column_name)]);
      }
      expect(secondNames(headers)).toEqual([]);
      for (const [f, columns] of headers) expect(columns, f).toContain(DATASET_KEY);
      expect(headers.find(([f]) => f === 'observations.parquet')![1]).toContain(OBSERVATION_KEY);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  it('datapackage.json: every field, primary key and foreign key uses the same names, and every table refers to datasets by datasetId', () => {
    const fields: [string, string[]][] = pkg.resources.map((r) => [r.name, r.schema.fields.map((f) => f.name)]);
    const keys: [string, string[]][] = pkg.resources.map((r) => [
      `${r.name} keys`,
      [...(r.schema.primaryKey ?? []), ...(r.schema.foreignKeys ?? []).flatMap((k) => [...k.fields, ...k.reference.fields])],
    ]);
    expect(secondNames([...fields, ...keys])).toEqual([]);
    const toDatasets = pkg.resources.flatMap((r) => (r.schema.foreignKeys ?? []).filter((k) => k.reference.resource === 'datasets').map((k) => [r.name, k.fields, k.reference.fields]));
    // every table but the revisions table, whose keys name the role of each observation (see above)
    const tables = pkg.resources.filter((r) => r.name !== 'datasets' && r.path.endsWith('.csv') && r.name !== 'hxl-observations' && r.name !== 'competing-estimates' && r.schema.fields.some((f) => f.name === DATASET_KEY));
    expect(new Set(toDatasets.map(([name]) => name))).toEqual(new Set(tables.map((r) => r.name)));
    for (const [, from, to] of toDatasets) expect([from, to]).toEqual([[DATASET_KEY], [DATASET_KEY]]);
    expect(pkg.resources.find((r) => r.name === 'datasets')!.schema.primaryKey).toEqual([DATASET_KEY]);
  });

  it('the CSV of `export` names the keys as the shipped files do', () => {
    for (const d of [datasets[0]!, datasets.at(-1)!]) {
      const header = run(['export', d.id, '--format', 'csv']).stdout.split('\r\n')[0]!.split(',');
      expect(header.slice(0, 2)).toEqual([DATASET_KEY, OBSERVATION_KEY]);
    }
  });

  it('the JSON of `compare` names each statement by the same keys', () => {
    const doc = JSON.parse(run(['compare', 'idps', '--json']).stdout) as { comparisons: { estimates: Record<string, unknown>[] }[] };
    const estimates = doc.comparisons.flatMap((c) => c.estimates);
    expect(estimates.length).toBeGreaterThan(0);
    expect(secondNames(estimates.map((e, i) => [`compare estimates[${i}]`, Object.keys(e)] as const))).toEqual([]);
    for (const e of estimates) expect([typeof e[DATASET_KEY], typeof e[OBSERVATION_KEY]]).toEqual(['string', 'string']);
  });
});

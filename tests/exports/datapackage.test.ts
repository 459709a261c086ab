import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { Dataset as DatasetSchema, SourceKind, Topic } from 'azerbaijan-data/schema';
import { standardsDir, strict } from '../support/seeds.js';
import { checkConstraints, readCsvResource } from './readResource.js';
import type { Resource, Value } from './readResource.js';

// data/datapackage.json: a Data Package v2 whose resources are the table files (CSV, Parquet),
// validated against the published v2 profiles and read back through its own declarations.

const data = new URL('../../data/', import.meta.url).pathname;
const V2 = 'https://datapackage.org/profiles/2.0';

const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
  $schema: string; name: string; version: string; licenses: { path?: string; title: string }[]; sources: { title: string; path?: string; version?: string }[];
  contributors: { title: string; roles?: string[] }[]; resources: Resource[];
};
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const LONG = ['datasets', 'observations', 'events', 'relations', 'sources', 'competing-estimates'];

describe('data/datapackage.json', () => {
  it('is a Data Package v2 named and versioned as the npm package, with its licences, sources and contributors', () => {
    expect(pkg.$schema).toBe(`${V2}/datapackage.json`);
    expect(pkg).not.toHaveProperty('profile');
    expect(pkg.name).toBe('azerbaijan-data');
    expect(pkg.version).toBe(version);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    // the data licence (DATA-LICENSE.md, shipped), then the licence of each release, at its own address or DATA-LICENSE.md
    expect(pkg.licenses[0]!.path).toBe('DATA-LICENSE.md');
    for (const l of pkg.licenses) {
      expect(l.title).toMatch(/attribution/);
      if (!/^https:\/\//.test(l.path!)) expect(existsSync(join(data, l.path!)), l.path).toBe(true);
    }
    const licensed = new Map(datasets.flatMap((d) => d.sources).filter((s) => s.license !== undefined).map((s) => [s.id, s]));
    expect(pkg.licenses.slice(1).map((l) => l.title.split(': licence ')[0]).sort()).toEqual(
      [...licensed.values()].map((s) => `${s.publisher !== undefined ? `${s.publisher}, ` : ''}${s.title}${s.edition ? ` (${s.edition})` : ''}`).sort(),
    );
    // what the figures are read from: the source documents and the statistical releases
    const documents = datasets.flatMap((d) => d.sources).filter((s) => s.file !== undefined || s.form === 'dataset');
    // two editions of one release (UNHCR's R package 2022.12.0 and 2025.12.1) share a title: their version tells them apart
    const byId = [...new Map(documents.map((s) => [s.id, s])).values()];
    expect(pkg.sources.map((s) => `${s.title} | ${s.version ?? ''}`).sort()).toEqual(byId.map((s) => `${s.publisher !== undefined ? `${s.publisher}: ${s.title}` : s.title} | ${s.edition ?? ''}`).sort());
    expect(pkg.sources.filter((s) => s.title.includes('R package')).map((s) => s.version).sort()).toEqual(['version 2022.12.0 (end-2022 data)', 'version 2025.12.1 (end-2025 data)']);
    expect(pkg.contributors.length).toBeGreaterThan(0);
  });

  it('has the long tables, their Parquet twins, the HXL table, a resource per dataset and one for the events of each dataset that has any, and the views across sources', () => {
    const expected = [
      ...LONG,
      'observations-parquet',
      'events-parquet',
      'hxl-observations',
      ...datasets.flatMap((d) => [d.id, ...(d.events.length > 0 ? [`${d.id}-events`] : [])]),
      // the views across sources (tests/exports/acrossSources.test.ts): the statements of each, the revisions of one
      'idps-by-source',
      'remittances-by-source',
      'remittances-by-source-revisions',
      // what changed between the editions of UNHCR's population table (tests/exports/editions.test.ts)
      'unhcr-editions-revisions',
    ];
    expect(pkg.resources.map((r) => r.name)).toEqual(expected);
    expect(new Set(pkg.resources.map((r) => r.path)).size).toBe(pkg.resources.length);
  });

  it('declares the categories of the coded fields: qualifier, unit, topic and the source kind', () => {
    const fieldOf = (resource: string, name: string) => pkg.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;
    const values = (resource: string, name: string): string[] => (fieldOf(resource, name).categories ?? []).map((c) => (typeof c === 'string' ? c : c.value));
    expect(values('observations', 'qualifier')).toEqual(['exact', 'approximate', 'atLeast', 'atMost', 'range']);
    expect(values('observations', 'unit')).toEqual(expect.arrayContaining(['persons', 'thousand-persons', 'percent', 'million-usd']));
    expect(values('observations', 'sourceKind')).toEqual([...SourceKind.options]);
    expect(values('sources', 'kind')).toEqual([...SourceKind.options]);
    expect(values('datasets', 'topic')).toEqual([...Topic.options]);
    for (const r of pkg.resources) for (const f of r.schema.fields) if (f.categories) for (const c of f.categories) expect(typeof c === 'string' || c.label!.length > 0).toBe(true);
  });

  it('gives each column one type in every file that has it', () => {
    const types = new Map<string, Set<string>>();
    for (const r of pkg.resources) for (const f of r.schema.fields) types.set(f.name, (types.get(f.name) ?? new Set()).add(f.type));
    expect([...types].filter(([, t]) => t.size > 1).map(([name, t]) => `${name}: ${[...t].join(', ')}`)).toEqual([]);
  });

  it('declares the URLs of the sources with the uri format', () => {
    const url = pkg.resources.find((r) => r.name === 'sources')!.schema.fields.find((f) => f.name === 'url')!;
    expect(url.format).toBe('uri');
  });

  it('declares period, asWritten and quote as text and value, low and high as numbers, in every table that has them', () => {
    const expected: Record<string, string> = { period: 'string', asWritten: 'string', quote: 'string', value: 'number', low: 'number', high: 'number', date: 'string', datePrecision: 'string' };
    const problems: string[] = [];
    for (const r of pkg.resources) for (const f of r.schema.fields) if (expected[f.name] && f.type !== expected[f.name]) problems.push(`${r.name}.${f.name}: ${f.type}`);
    expect(problems).toEqual([]);
  });

  const dir = standardsDir();
  const profiles = dir === undefined ? undefined : join(dir, 'datapackage-v2');
  // Without the profiles (and not strict) these checks are skipped, and the run's last line says so;
  // under AZERBAIJAN_DATA_STRICT=1 they run, and fail on the missing folder.
  const withoutProfiles = (profiles === undefined || !existsSync(profiles)) && !strict;
  describe.skipIf(withoutProfiles)('validates against the published Data Package v2 profiles', () => {
    const profile = (name: string): object => JSON.parse(readFileSync(join(profiles ?? 'no-standards-folder', `${name}.json`), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    // each profile compiled once (compiling one costs about 100 ms; there are some 70 resources)
    const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
    const errors = (name: string, value: unknown): string[] => {
      const validate = compiled.get(name) ?? ajv.compile(profile(name));
      compiled.set(name, validate);
      return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    };

    it('the package against datapackage.json', () => expect(errors('datapackage', pkg)).toEqual([]));
    it.each(pkg.resources.map((r) => [r.name, r] as const))('%s against dataresource.json, its schema against tableschema.json, its dialect against tabledialect.json', (_, r) => {
      expect(errors('dataresource', r)).toEqual([]);
      expect(errors('tableschema', r.schema)).toEqual([]);
      if (r.dialect) expect(errors('tabledialect', r.dialect)).toEqual([]);
    });

    it('the profiles reject what v2 forbids (a hash without its algorithm in the wrong form, a field of no type)', () => {
      const r = pkg.resources[0]!;
      expect(errors('dataresource', { ...r, hash: 'sha256:not-hex' })).not.toEqual([]);
      expect(errors('tableschema', { ...r.schema, fields: [{ name: 'x', type: 'text' }] })).not.toEqual([]);
    });
  });

  // each CSV resource read (parsed and cast) once, for every test that reads it
  const tables = new Map<string, { header: string[]; rows: Record<string, Value>[] }>();
  const table = (r: Resource): { header: string[]; rows: Record<string, Value>[] } => {
    let t = tables.get(r.name);
    if (t === undefined) tables.set(r.name, (t = readCsvResource(data, r)));
    return t;
  };
  const csvResources = pkg.resources.filter((r) => r.format === 'csv');

  it.each(pkg.resources.map((r) => [r.path, r] as const))('%s: exists, with the $schema, bytes, hash, format and media type stated', (path, r) => {
    expect(path).not.toMatch(/^\/|\.\./);
    const file = join(data, path);
    expect(existsSync(file)).toBe(true);
    expect(r.bytes).toBe(statSync(file).size);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`);
    expect([r.$schema, r.schema.$schema, r.type]).toEqual([`${V2}/dataresource.json`, `${V2}/tableschema.json`, 'table']);
    expect(r.schema.missingValues).toEqual(['']);
    if (r.format === 'csv') expect([r.mediatype, r.encoding, r.dialect?.$schema]).toEqual(['text/csv', 'utf-8', `${V2}/tabledialect.json`]);
    else expect([r.format, r.mediatype]).toEqual(['parquet', 'application/vnd.apache.parquet']);
    for (const f of r.schema.fields) expect(f.description?.length, `${r.name}.${f.name} has a description`).toBeGreaterThan(5);
  });

  it.each(csvResources.map((r) => [r.path, r] as const))('%s reads back through its declared dialect and schema: types, constraints, categories, a unique primary key', (_, r) => {
    const { header, rows } = table(r);
    expect(header).toEqual(r.schema.fields.map((f) => f.name));
    const missing: string[] = [];
    const keys = rows.map((row, i) => r.schema.primaryKey.map((k) => {
      if (row[k] === null) missing.push(`${r.name} row ${i + 1}: primary key ${k} is missing`);
      return String(row[k]);
    }).join('\u0000'));
    expect(missing).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a dataset with no observations still ships its file, a header whose fields the package types', () => {
    const empty = datasets.filter((d) => d.observations.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const d of empty) {
      const r = pkg.resources.find((x) => x.name === d.id)!;
      const { header, rows } = table(r);
      expect(rows).toEqual([]);
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      expect(r.schema.fields.find((f) => f.name === 'period')!.type).toBe('string');
      expect(r.schema.fields.find((f) => f.name === 'value')!.type).toBe('number');
    }
  });

  it('every foreign key resolves: observations to their datasets and sources, relations and competing estimates to observations', () => {
    const problems: string[] = [];
    for (const r of csvResources) {
      const { rows } = table(r);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = table(pkg.resources.find((x) => x.name === fk.reference.resource)!).rows;
        const known = new Set(target.map((t) => fk.reference.fields.map((f) => String(t[f])).join('\u0000')));
        for (const row of rows) {
          if (fk.fields.some((f) => row[f] === null)) continue;
          const key = fk.fields.map((f) => String(row[f])).join('\u0000');
          if (!known.has(key)) problems.push(`${r.name}: ${fk.fields.join(',')} = ${key.replace(/\u0000/g, ',')} is not in ${fk.reference.resource}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the Parquet resources hold the rows of their CSV twins, with the declared fields in DuckDB types', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    afterAll(() => { connection.closeSync(); instance.closeSync(); });
    const duckdb: Record<string, string> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'INTEGER', object: 'VARCHAR' };
    const parquet = pkg.resources.filter((x) => x.format === 'parquet');
    expect(parquet.length).toBeGreaterThan(0);
    // every cell checked; the cells that differ from the CSV twin's (or break a constraint) collected, each named by its row and field
    const problems: string[] = [];
    for (const r of parquet) {
      const reader = await connection.runAndReadAll(`SELECT * FROM '${join(data, r.path)}'`);
      expect(reader.columnNames(), r.name).toEqual(r.schema.fields.map((f) => f.name));
      expect(reader.columnTypes().map(String), r.name).toEqual(r.schema.fields.map((f) => duckdb[f.type]));
      const twin = table(pkg.resources.find((x) => x.path === r.path.replace('.parquet', '.csv'))!).rows;
      const rows = reader.getRowObjectsJS() as Record<string, unknown>[];
      expect(rows.length, r.name).toBe(twin.length);
      rows.forEach((row, i) => {
        for (const f of r.schema.fields) {
          const v = row[f.name] ?? null;
          if (v === null) {
            if (f.constraints?.required === true) problems.push(`${r.name} row ${i + 1} ${f.name}: missing, but required`);
          } else {
            try {
              checkConstraints(f, v as string | number);
            } catch (e) {
              problems.push(`${r.name} row ${i + 1}: ${(e as Error).message}`);
            }
          }
          const actual: unknown = f.type === 'object' && v !== null ? JSON.parse(v as string) : v;
          const expected = twin[i]![f.name];
          if (!isDeepStrictEqual(actual, expected)) problems.push(`${r.name} row ${i + 1} ${f.name}: ${JSON.stringify(actual)} in the Parquet file, ${JSON.stringify(expected)} in the CSV`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it.each(pkg.resources.filter((r) => r.datasetVersion !== undefined).map((r) => [r.name, r] as const))('%s: names the sources and licence of its dataset, and its version and content hash', (_, r) => {
    const dataset = datasets.find((d) => d.id === r.name || `${d.id}-events` === r.name)!;
    expect(r.datasetVersion).toBe(dataset.version);
    expect(r.contentHash).toBe(`sha256:${dataset.sha256}`);
    expect(r.sources.map((s) => s.title)).toEqual(dataset.sources.map((s) => (s.publisher !== undefined ? `${s.publisher}: ${s.title}` : s.title)));
    expect(r.licenses!.length).toBeGreaterThan(0);
    // the data licence names every publisher; then one licence per licensed source, naming its publisher
    const [own, ...releases] = r.licenses!;
    expect(existsSync(join(data, own!.path!))).toBe(true);
    for (const publisher of new Set(dataset.sources.map((s) => s.publisher ?? s.title))) expect(own!.title).toContain(publisher);
    const licensed = dataset.sources.filter((s) => s.license !== undefined);
    expect(releases).toHaveLength(new Set(licensed.map((s) => s.id)).size);
    for (const l of releases) expect(licensed.some((s) => l.title.startsWith(`${s.publisher !== undefined ? `${s.publisher}, ` : ''}${s.title}`) && l.title.includes(s.license!.name))).toBe(true);
  });
});

describe('data/schema: JSON Schema of the data model', () => {
  const schema = (name: string): { $schema: string; type?: string; properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown } =>
    JSON.parse(readFileSync(join(data, 'schema', `${name}.schema.json`), 'utf8'));

  it('ships a schema for the dataset, observation, source, relation and event', () => {
    for (const name of ['dataset', 'observation', 'source', 'relation', 'event']) {
      expect(schema(name).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('the dataset schema states the fields of the zod Dataset schema, all required and no others', () => {
    const s = schema('dataset');
    const keys = Object.keys(DatasetSchema.shape);
    expect(Object.keys(s.properties ?? {}).sort()).toEqual(keys.sort());
    expect([...(s.required ?? [])].sort()).toEqual(keys.sort());
    expect(s.additionalProperties).toBe(false);
  });

  it('the observation schema states the rounded figure and the .rda file a row was written from, and validates the figures that carry them', () => {
    const text = readFileSync(join(data, 'schema', 'observation.schema.json'), 'utf8');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(parsed);
    const gidd = datasets.find((d) => d.id === 'idmc-gidd-conflict-2025')!.observations[0]!;
    const unhcr = datasets.find((d) => d.id === 'unhcr-population-2025')!.observations[0]!;
    expect([gidd.rounded, unhcr.locator.writtenFrom]).toEqual([{ value: 586000, column: 'total_displacement_rounded' }, { file: 'rda/population.rda', table: 'population' }]);
    for (const o of [gidd, unhcr]) expect(validate(JSON.parse(JSON.stringify(o))), JSON.stringify(validate.errors)).toBe(true);
    // the schema bites: a rounded figure without its column, a writtenFrom without its table
    expect(validate({ ...JSON.parse(JSON.stringify(gidd)), rounded: { value: 586000 } })).toBe(false);
    expect(validate({ ...JSON.parse(JSON.stringify(unhcr)), locator: { ...unhcr.locator, writtenFrom: { file: 'rda/population.rda' } } })).toBe(false);
  });

  it.each(datasets.map((d) => [d.id, d] as const))('%s as JSON has exactly the properties the dataset schema states', (_, d) => {
    const s = schema('dataset');
    expect(Object.keys(JSON.parse(JSON.stringify(d))).sort()).toEqual(Object.keys(s.properties ?? {}).sort());
  });
});

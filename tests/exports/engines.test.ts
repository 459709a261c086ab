import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, estimates, sources } from 'azerbaijan-data';
import { runExample } from '../support/docExamples.js';
import { itWith, pandasPython, rscript } from '../support/tools.js';
import type { Resource } from './readResource.js';

// The docs page "Using the data outside JavaScript" (docs/exports.md) shows how to load the
// files in DuckDB, pandas and R. These tests run exactly those snippets, taken from the page, on
// the built data/ folder, and check what the engine gets: row counts, column types, and one real
// question. pandas and R run where they are installed (CI installs them); where not, their tests
// are skipped, saying why, and the run ends with a line naming what is missing (tests/support/tools.ts).

const root = new URL('../../', import.meta.url).pathname;
const data = join(root, 'data/');
const page = readFileSync(join(root, 'docs/exports.md'), 'utf8');
const INSTALLED = 'node_modules/azerbaijan-data/data/';
const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
const resource = (name: string): Resource => pkg.resources.find((r) => r.name === name)!;
const duckdbType: Record<string, string> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'INTEGER', object: 'VARCHAR' };

/** The code blocks of the page fenced with this language, in order. */
function blocks(language: string): string[] {
  return [...page.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);
}
/** A snippet with the installed path pointing at the built data/ folder. */
const local = (snippet: string): string => snippet.replaceAll(INSTALLED, data);

const sql = blocks('sql');
const snippet = (pattern: RegExp): string => {
  const found = sql.filter((s) => pattern.test(s));
  if (found.length !== 1) throw new Error(`docs/exports.md: ${found.length} sql blocks match ${pattern}, expected one`);
  return found[0]!;
};

describe('DuckDB, with the snippets of docs/exports.md', () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const describeTable = async (table: string): Promise<[string, string][]> =>
    ((await db.runAndReadAll(`DESCRIBE ${table}`)).getRowObjectsJS() as { column_name: string; column_type: string }[]).map((r) => [r.column_name, r.column_type]);
  const count = async (table: string): Promise<number> => Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjectsJS()[0]!.n);
  const declared = (name: string): [string, string][] => resource(name).schema.fields.map((f) => [f.name, duckdbType[f.type]!]);

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db.closeSync();
    instance.closeSync();
  });

  it('the page shows DuckDB snippets for every long table, the Parquet file, the question and one dataset file', () => {
    expect(sql.length).toBe(10);
    for (const table of ['observations', 'events', 'relations', 'sources', 'datasets', 'competing-estimates']) expect(snippet(new RegExp(`data/${table}\\.csv'`))).toBeTruthy();
  });

  it.each([
    ['observations', 'observations'],
    ['events', 'events'],
    ['relations', 'relations'],
    ['sources', 'sources'],
    ['datasets', 'datasets'],
    ['competing_estimates', 'competing-estimates'],
  ])('%s: the documented snippet loads every row with the declared column types', async (table, name) => {
    await db.run(local(snippet(new RegExp(`CREATE TABLE ${table} AS`))));
    expect(await describeTable(table)).toEqual(declared(name));
    const rows = readFileSync(join(data, `${name}.csv`), 'utf8').trimEnd().split('\r\n').length - 1;
    expect(await count(table)).toBe(name === 'observations' ? datasets.reduce((n, d) => n + d.observations.length, 0) : rows);
  });

  it('observations: period and asWritten are VARCHAR, value DOUBLE, in the CSV and the Parquet file alike', async () => {
    await db.run(local(snippet(/CREATE TABLE observations_parquet AS/)));
    for (const table of ['observations', 'observations_parquet']) {
      const types = new Map(await describeTable(table));
      expect([types.get('period'), types.get('asWritten'), types.get('value'), types.get('low'), types.get('high')]).toEqual(['VARCHAR', 'VARCHAR', 'DOUBLE', 'DOUBLE', 'DOUBLE']);
    }
    expect(await count('observations_parquet')).toBe(await count('observations'));
    // the same rows: nothing differs between the two readings
    const differ = await db.runAndReadAll('SELECT count(*) AS n FROM (SELECT * FROM observations EXCEPT ALL SELECT * FROM observations_parquet)');
    expect(Number(differ.getRowObjectsJS()[0]!.n)).toBe(0);
    // a period of years stays text, with its leading digits: 1990 and 2006/2008 sort as text
    const years = await db.runAndReadAll(`SELECT period FROM observations WHERE period = '2006/2008' OR period = '1990' LIMIT 1`);
    expect(typeof years.getRowObjectsJS()[0]!.period).toBe('string');
  });

  it('answers "every IDP estimate, each once, with its source": the four statements of the documents', async () => {
    const question = snippet(/WHERE c\.measure = 'idps'/);
    const all = (await db.runAndReadAll(local(question))).getRowObjectsJS() as Record<string, unknown>[];
    // the series of the statistical releases (IDMC, UNHCR) answer too, each statement once
    // (IDMC's stock carried by the GIDD, UNHCR's idmc table and the WDI is one row)
    expect(all.length).toBe(estimates(datasets, 'idps').length);
    expect(all.length).toBeLessThan(datasets.reduce((n, d) => n + d.observations.filter((o) => o.measure === 'idps').length, 0));
    const documentTitles = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.title));
    const rows = all.filter((r) => documentTitles.has(r.sourceTitle as string));
    // read off the documents: NRC "570 000" (c. 2002); the country report on migration: UNHCR
    // 579,000 (2006), the Government 687,000 (March 2007), the MFA "up to 700,000" (February 2008)
    expect(rows.map((r) => [r.period, r.qualifier, r.value])).toEqual([
      ['2002', 'exact', 570000],
      ['2006', 'exact', 579000],
      ['2007-03', 'exact', 687000],
      ['2008-02', 'atMost', 700000],
    ]);
    expect(rows.map((r) => r.attribution)).toEqual([null, 'unhcr', 'government-of-azerbaijan', 'mfa-azerbaijan']);
    expect(rows.map((r) => r.sourceTitle)).toEqual(['Azerbaijan: NRC country programmes', ...Array(3).fill('Country report on migration in Azerbaijan')]);
    expect(new Set(rows.map((r) => `${r.datasetId}/${r.observationId}`)).size).toBe(4);
  });

  it.each(datasets.map((d) => [d.id, d] as const))('%s: the documented dataset snippet loads its file (and its events file) with the declared types', async (id, d) => {
    const table = `t_${id.replaceAll('-', '_')}`;
    const one = snippet(/CREATE TABLE international_migration AS/).replace('international_migration', table).replace('international-migration.csv', `${id}.csv`);
    await db.run(local(one));
    expect(await describeTable(table)).toEqual(declared(id));
    expect(await count(table)).toBe(d.observations.length);
    if (d.events.length > 0) {
      const events = snippet(/CREATE TABLE events AS/).replace('CREATE TABLE events', `CREATE TABLE ${table}_events`).replace('data/events.csv', `data/${id}.events.csv`);
      await db.run(local(events));
      expect(await describeTable(`${table}_events`)).toEqual(declared(`${id}-events`));
      expect(await count(`${table}_events`)).toBe(d.events.length);
    }
  });

  it('joins a dataset\'s own file to datasets.csv by datasetId, the name both files give the dataset key', async () => {
    await db.run(local(snippet(/CREATE TABLE international_migration AS/)));
    const rows = (await db.runAndReadAll(snippet(/JOIN datasets AS d USING \(datasetId\)/))).getRowObjectsJS() as Record<string, unknown>[];
    const d = datasets.find((x) => x.id === 'international-migration')!;
    const net = d.observations.filter((o) => o.measure === 'net-migration');
    expect(net.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.observationId)).toEqual([...net].sort((a, b) => a.period.localeCompare(b.period)).map((o) => o.id));
    for (const r of rows) expect([r.title, r.version]).toEqual([d.title, d.version]);
  });

  it('the events Parquet file has the declared types and the rows of events.csv', async () => {
    await db.run(`CREATE TABLE events_parquet AS SELECT * FROM '${data}events.parquet'`);
    expect(await describeTable('events_parquet')).toEqual(declared('events-parquet'));
    expect(await count('events_parquet')).toBe(datasets.reduce((n, d) => n + d.events.length, 0));
  });
});

/** What a snippet's `observations` and `idps` must hold, from the library's own datasets (not from the files the snippets read). */
const allRows = datasets.reduce((n, d) => n + d.observations.length, 0);
const idpRows = datasets.reduce((n, d) => n + d.observations.filter((o) => o.measure === 'idps').length, 0);

describe('pandas, with the snippet of docs/exports.md', () => {
  const [python] = blocks('python');
  it('the page shows a pandas snippet that sets the types', () => {
    expect(python).toMatch(/pd\.read_csv\(.*observations\.csv.*dtype=types/);
  });
  // Debian's python3-pandas, which CI installs (.ci/run); skipped, saying why, where it is missing, except under AZERBAIJAN_DATA_STRICT=1
  itWith(pandasPython())('loads observations.csv with period and asWritten as text and value as a number, and every IDP row', (command) => {
    const script = `${local(python!)}\nimport json\nprint(json.dumps({"rows": len(observations), "period": str(observations["period"].dtype), "asWritten": str(observations["asWritten"].dtype), "value": str(observations["value"].dtype), "idps": len(idps)}))\n`;
    const out = spawnSync(command, ['-c', script], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(idpRows).toBeGreaterThan(4);
    expect(JSON.parse(out.stdout)).toEqual({ rows: allRows, period: 'string', asWritten: 'string', value: 'float64', idps: idpRows });
  });
});

describe('R, with the snippet of docs/exports.md', () => {
  const [r] = blocks('r');
  it('the page shows an R snippet that reads every column as text first', () => {
    expect(r).toMatch(/colClasses = "character"/);
  });
  // Debian's r-base-core, which CI installs (.ci/run); skipped, saying why, where it is missing, except under AZERBAIJAN_DATA_STRICT=1
  itWith(rscript())('loads observations.csv with period as text and value as a number, and every IDP row', (command) => {
    const script = `${local(r!)}\ncat(nrow(observations), class(observations$period), class(observations$asWritten), class(observations$value), nrow(idps), "\\n")\n`;
    const out = spawnSync(command, ['-e', script], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.trim().split(/\s+/)).toEqual([String(allRows), 'character', 'character', 'numeric', String(idpRows)]);
  });
});

describe('Node, with the snippet of docs/exports.md', () => {
  it('locates datapackage.json and the data files through the exports map', async () => {
    const [ts] = blocks('ts');
    expect(ts).toBeDefined();
    const checks = await runExample({ where: 'docs/exports.md', code: ts!, checks: 2 }, 9012);
    expect(checks).toHaveLength(2);
    for (const [actual, stated, line] of checks) expect(actual, line).toEqual(stated);
  });
});

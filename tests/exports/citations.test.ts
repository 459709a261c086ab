import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { dataRecords } from '../support/dataTables.js';
import { datasets, sources } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { figureCitations } from '../support/citations.js';

// Citing and filtering from the files alone (issue 28): every row of the long tables, of each
// dataset's own files, of the Parquet files and of the HXL table carries the citation cite()
// gives for its figure, the chain of attribution as columns, the body that states the figure,
// the topic, and the qualifier beside the value. Compared with cite() at run time, never with
// copied strings.

const data = new URL('../../data/', import.meta.url).pathname;
const all = datasets as readonly Dataset[];
type Row = Record<string, string>;

/** The rows of a CSV file of data/ (after `skip` rows under the header), parsed once per worker (tests/support/dataTables.ts; none changes them). */
const read = (file: string, skip = 0): readonly Row[] => dataRecords(file, skip);

const figures = figureCitations().map(({ dataset: d, figure: f }) => ({ d, f }));
const citations = new Map(figureCitations().map(({ dataset: d, figure: f, citation }) => [`${d.id}/${f.id}`, citation]));
const citationOf = (datasetId: string, id: string) => {
  const c = citations.get(`${datasetId}/${id}`);
  if (c === undefined) throw new Error(`no figure ${datasetId}/${id}`);
  return c;
};
const observations = read('observations.csv');
const events = read('events.csv');
const cell = (v: string | undefined): string => v ?? '';

describe('a citation in every row', () => {
  it('observations.csv and events.csv: every row has the chain cite() gives for its figure, the chain its text begins with', () => {
    expect(observations.length + events.length).toBe(figures.length);
    const problems: string[] = [];
    for (const [rows, key] of [[observations, 'observationId'], [events, 'eventId']] as const) {
      for (const r of rows) {
        const c = citationOf(r.datasetId!, r[key]!);
        if (r.citation !== c.chain) problems.push(`${r.datasetId}/${r[key]}: ${r.citation} ≠ ${c.chain}`);
        if (!c.text.includes(r.citation!)) problems.push(`${r.datasetId}/${r[key]}: cite().text does not hold the row's citation`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the chain as columns: the attributed body by id and name, each carrier with its role, the body that states the figure; the footnote apart', () => {
    const byKey = new Map(figures.map(({ d, f }) => [`${d.id}/${f.id}`, { d, f }]));
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => void (ok || problems.push(what));
    for (const r of [...observations, ...events]) {
      const { d, f } = byKey.get(`${r.datasetId}/${r.observationId ?? r.eventId}`)!;
      const at = `${d.id}/${f.id}`;
      const source = (id: string) => d.sources.find((s) => s.id === id)!;
      check(r.attribution === cell(f.attribution), `${at}: attribution ${r.attribution}`);
      const via = (f.via ?? []).map((l) => `${l.source}:${l.role}`).join('; ');
      check(r.via === via, `${at}: via ${r.via} ≠ ${via}`);
      check(r.sourceFootnote === cell(f.citation), `${at}: sourceFootnote ${r.sourceFootnote}`);
      check(r.topic === d.topic, `${at}: topic ${r.topic}`);
      // the names stand in the citation, in the chain's order
      const names = [r.attributionName, ...r.viaNames!.split('; ')].filter((n) => n !== '');
      let from = -1;
      for (const n of names) {
        const next = r.citation!.indexOf(n!, from + 1);
        check(next > from, `${at}: ${n} in ${r.citation}`);
        from = next;
      }
      check((r.attributionName === '') === (f.attribution === undefined), `${at}: attributionName "${r.attributionName}"`);
      // the body that states it: the attributed body's, else the document's publisher (or author, or title)
      const speaker = source(f.attribution ?? f.source);
      check(r.statingBody!.length > 0, `${at}: no statingBody`);
      if (speaker.publisher !== undefined) check(r.statingBody === speaker.publisher, `${at}: statingBody ${r.statingBody} ≠ ${speaker.publisher}`);
    }
    expect(problems).toEqual([]);
  });

  it("each dataset's own CSV and events CSV carry the same citation, chain columns and footnote as the long tables", () => {
    const long = new Map([...observations.map((r) => [`${r.datasetId}/${r.observationId}`, r] as const), ...events.map((r) => [`${r.datasetId}/${r.eventId}`, r] as const)]);
    const columns = ['citation', 'attribution', 'attributionName', 'via', 'viaNames', 'statingBody', 'sourceFootnote', 'topic'];
    const problems: string[] = [];
    for (const d of all) {
      const rows = [...read(`${d.id}.csv`).map((r) => [r.observationId!, r] as const), ...(d.events.length > 0 ? read(`${d.id}.events.csv`).map((r) => [r.eventId!, r] as const) : [])];
      expect(rows.length, d.id).toBe(d.observations.length + d.events.length);
      for (const [id, r] of rows) {
        const twin = long.get(`${d.id}/${id}`);
        const own = JSON.stringify(columns.map((c) => r[c]));
        if (twin === undefined || own !== JSON.stringify(columns.map((c) => twin[c]))) problems.push(`${d.id}/${id}: ${own}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the Parquet files carry the same citations as their CSV twins', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      for (const [name, key, rows] of [['observations', 'observationId', observations], ['events', 'eventId', events]] as const) {
        const parquet = (await db.runAndReadAll(`SELECT datasetId, ${key} AS id, citation, statingBody, topic FROM '${join(data, `${name}.parquet`).replaceAll("'", "''")}'`)).getRowObjectsJS() as Row[];
        expect(parquet.map((r) => [r.datasetId, r.id, r.citation, r.statingBody, r.topic])).toEqual(rows.map((r) => [r.datasetId, r[key], r.citation, r.statingBody, r.topic]));
      }
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  it('every IDP statement of the documents names its whole chain and the body that states it, so a pivot by statingBody separates them', () => {
    const documents = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.id));
    const idps = observations.filter((r) => r.measure === 'idps' && documents.has(r.sourceId!)).sort((a, b) => a.period!.localeCompare(b.period!));
    expect(idps.map((r) => [r.period, r.figure])).toEqual([['2002', '570,000'], ['2006', '579,000'], ['2007-03', '687,000'], ['2008-02', '≤ 700,000']]);
    for (const r of idps) {
      expect(r.citation).toContain(r.sourceTitle);
      if (r.attribution !== '') expect(r.citation!.startsWith(r.attributionName!)).toBe(true);
    }
    // three bodies cited in one report: the title alone mixes them, statingBody does not
    const report = idps.filter((r) => r.sourceId === 'migration-country-report-azerbaijan');
    expect(new Set(report.map((r) => r.sourceTitle)).size).toBe(1);
    expect(new Set(report.map((r) => r.statingBody)).size).toBe(3);
    // UNHCR's figure as compiled by IDMC: the carrier and its role
    expect(report.find((r) => r.period === '2006')!.via).toBe('idmc:compiledBy');
  });
});

describe('filter without merging: the qualifier beside every value', () => {
  const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string; format: string; schema: { fields: { name: string }[] } }[] };
  const fieldsOf = (r: (typeof pkg.resources)[number]): string[] => r.schema.fields.map((f) => f.name);

  it('every table with a figure (a value column) has its qualifier beside it; every table of observations also the figure as text, the body that states it and the citation', () => {
    // relations.csv: its value is a constant of a relation (a stated total, a discrepancy), not a figure
    const withValues = pkg.resources.filter((r) => fieldsOf(r).includes('value') && r.name !== 'relations');
    expect(withValues.length).toBeGreaterThan(datasets.length);
    for (const r of withValues) expect(fieldsOf(r), r.name).toContain('qualifier');
    const observationTables = ['observations', 'observations-parquet', 'hxl-observations', ...datasets.map((d) => d.id)];
    for (const name of observationTables) expect(fieldsOf(pkg.resources.find((r) => r.name === name)!), name).toEqual(expect.arrayContaining(['qualifier', 'figure', 'statingBody', 'citation', 'topic']));
  });

  it('every CSV table that names a figure by its keys and has a citation column holds the citation cite() gives for that figure', () => {
    const tables = pkg.resources.filter((r) => r.format === 'csv' && fieldsOf(r).includes('citation') && fieldsOf(r).includes('datasetId') && (fieldsOf(r).includes('observationId') || fieldsOf(r).includes('eventId')));
    expect(tables.length).toBeGreaterThan(datasets.length);
    const problems: string[] = [];
    for (const t of tables) {
      for (const r of read(t.path, t.name === 'hxl-observations' ? 1 : 0)) {
        const c = citationOf(r.datasetId!, r.observationId ?? r.eventId!);
        if (r.citation !== c.chain) problems.push(`${t.path} ${r.datasetId}/${r.observationId ?? r.eventId}: ${r.citation}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('the figure column keeps the qualifier of every value: never a bare number for an approximate, atLeast, atMost or range figure', () => {
    const signs: Record<string, string> = { approximate: '≈ ', atLeast: '≥ ', atMost: '≤ ' };
    // (what Number#toLocaleString('en-US', { maximumFractionDigits: 12 }) gives, with one formatter)
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });
    const number = (v: string): string => format.format(Number(v));
    const problems: string[] = [];
    for (const r of observations) {
      const figure = r.qualifier === 'range' ? `${number(r.low!)}–${number(r.high!)}` : `${signs[r.qualifier!] ?? ''}${number(r.value!)}`;
      if (r.figure !== figure) problems.push(`${r.datasetId}/${r.observationId}: ${r.figure} ≠ ${figure}`);
    }
    expect(problems).toEqual([]);
    expect(observations.filter((r) => r.qualifier !== 'exact').length).toBeGreaterThan(30);
  });

  it('the topic is in the long tables, as datasets.csv gives it', () => {
    const topics = new Map(read('datasets.csv').map((r) => [r.datasetId!, r.topic!]));
    expect([...observations, ...events].filter((r) => r.topic !== topics.get(r.datasetId!)).map((r) => `${r.datasetId}/${r.observationId ?? r.eventId}: ${r.topic}`)).toEqual([]);
  });
});

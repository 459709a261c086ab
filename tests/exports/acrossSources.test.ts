import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { cite, datasets, estimates } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import type { Statement } from 'azerbaijan-data/helpers';
import { competingEstimates } from 'azerbaijan-data/displacement';
import { viewTables } from '../../scripts/acrossSourcesExports.js';
import { run } from '../../src/cli/run.js';
import { comparisonViews } from '../../src/tabular/comparisonViews.js';
import { readCsvResource } from './readResource.js';
import type { Resource, Value } from './readResource.js';

// The views across sources, shipped as data: each view's statements (data/<slug>.csv), its
// revisions table (data/<slug>.revisions.csv) and its chart (data/charts/<slug>.vl.json), and
// competing-estimates.csv with the figures. Each table is read back through the Data Package's
// own declarations and set against what estimates() gives now; `compare <measure> --csv` prints
// the same rows.

const data = new URL('../../data/', import.meta.url).pathname;
const all = datasets as readonly Dataset[];
const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
const resource = (name: string): Resource => {
  const r = pkg.resources.find((x) => x.name === name);
  if (r === undefined) throw new Error(`datapackage.json has no resource "${name}"`);
  return r;
};

/** What a row of a table of statements must hold for a statement, read from the statement itself. */
function expected(s: Statement): Record<string, Value> {
  const o = s.observation;
  const range = o.qualifier === 'range';
  return {
    measure: o.measure,
    datasetId: s.dataset,
    observationId: s.observationId,
    measureLabel: all.find((d) => d.id === s.dataset)!.measures.find((m) => m.id === o.measure)!.label,
    period: o.period,
    dimensions: { ...o.dimensions },
    qualifier: o.qualifier,
    wording: o.wording ?? null,
    value: range ? null : o.value,
    low: range ? o.low : null,
    high: range ? o.high : null,
    unit: o.unit,
    asWritten: o.asWritten,
    sourceId: s.source.id,
    sourceTitle: s.source.title,
    attribution: s.attribution?.id ?? null,
    // the chain as cite() gives it now, and the document's own footnote in a column of its own
    citation: cite(s.heldIn, s.observationId as never).chain!,
    sourceFootnote: o.citation ?? null,
    topic: s.heldIn.topic,
    attributionName: s.attribution === undefined ? null : expect.any(String),
    via: (o.via ?? []).length === 0 ? null : o.via!.map((l) => `${l.source}:${l.role}`).join('; '),
    viaNames: (o.via ?? []).length === 0 ? null : expect.any(String),
    statingBody: expect.any(String),
    // every release that carries the statement, its own first: ids as dataset/observation, names in words
    carriers: expect.stringContaining(s.source.title.slice(0, 20)),
    carrierIds: s.carriers.map((c) => `${c.dataset}/${c.observationId}`).join('; '),
    carriersDifferBy: s.carriersDiffer?.amount ?? null,
    carriersDiffer: s.carriersDiffer === null ? null : expect.stringMatching(/^by up to [\d,.]+: /),
    locatorSection: o.locator.section ?? null,
    locatorTable: o.locator.table ?? null,
    locatorRow: o.locator.row ?? null,
    locatorColumn: o.locator.column ?? null,
    locatorFootnote: o.locator.footnote ?? null,
    locatorFile: o.locator.file ?? null,
    locatorLine: o.locator.line ?? null,
    quote: o.quote,
    note: o.note ?? null,
  };
}

/** The rows of a table of statements, checked against the statements of `measures` now: every column, in the order of estimates(). */
function checkStatements(name: string, measures: readonly string[]): void {
  const { rows } = readCsvResource(data, resource(name));
  const statements = measures.flatMap((m) => [...estimates(all, m)]);
  expect(rows.map((r) => `${r.datasetId}/${r.observationId}`)).toEqual(statements.map((s) => `${s.dataset}/${s.observationId}`));
  rows.forEach((row, i) => {
    const s = statements[i]!;
    const { statedBy, ...rest } = row;
    expect(rest, `${name} row ${i + 1}`).toEqual(expected(s));
    // who states it: the attributed body (by its name), in the publication the figure is read from
    const names = (x: { publisher?: string | undefined; title: string }): string[] => [x.title, ...(x.publisher === undefined ? [] : [x.publisher])];
    const voice = String(statedBy);
    expect(names(s.source).some((n) => voice.endsWith(n) || voice.includes(`${n},`) || voice.includes(`, ${n}`)), `${name} row ${i + 1}: ${voice}`).toBe(true);
    if (s.attribution) expect(voice.includes(', in ') && names(s.attribution).some((n) => voice.split(', in ')[0]!.includes(n)), `${name} row ${i + 1}: ${voice}`).toBe(true);
  });
}

describe('the views across sources, shipped in data/', () => {
  it('there are the two views of the docs, each with its table in the Data Package, and the remittances view with its revisions', () => {
    expect(comparisonViews.map((v) => v.slug)).toEqual(['idps-by-source', 'remittances-by-source']);
    const names = pkg.resources.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['idps-by-source', 'remittances-by-source', 'remittances-by-source-revisions']));
    for (const v of comparisonViews) {
      const r = resource(v.slug);
      expect([r.path, r.title]).toEqual([`${v.slug}.csv`, v.slug === 'idps-by-source' ? expect.stringMatching(/^IDPs by source, \d{4}–\d{4}$/) : 'Remittances by source and edition']);
      expect(r.schema.primaryKey).toEqual(['datasetId', 'observationId']);
      expect(r.schema.foreignKeys).toContainEqual({ fields: ['datasetId', 'observationId'], reference: { resource: 'observations', fields: ['datasetId', 'observationId'] } });
      const types = Object.fromEntries(r.schema.fields.map((f) => [f.name, f.type]));
      expect(types).toMatchObject({ period: 'string', value: 'number', low: 'number', high: 'number', qualifier: 'string', dimensions: 'object', citation: 'string', locatorLine: 'integer' });
    }
    const revisions = resource('remittances-by-source-revisions');
    expect(revisions.path).toBe('remittances-by-source.revisions.csv');
    expect(revisions.schema.primaryKey).toEqual(['period']);
    expect(revisions.schema.foreignKeys?.map((k) => k.fields)).toEqual([['earlierDatasetId', 'earlierObservationId'], ['laterDatasetId', 'laterObservationId']]);
  });

  it.each(comparisonViews.map((v) => [v.slug, v] as const))('data/%s.csv: every statement of its measures, as estimates() gives it now, with figure, qualifier, period, source, citation and locator', (slug, view) => {
    checkStatements(slug, view.measures);
  });

  it('data/competing-estimates.csv gains the figures: every statement of the view, with the same columns', () => {
    checkStatements('competing-estimates', competingEstimates.measures);
    expect(resource('competing-estimates').schema.fields.map((f) => f.name)).toEqual(resource('idps-by-source').schema.fields.map((f) => f.name));
  });

  it('data/remittances-by-source.revisions.csv: each year both series state, the Factbook figure beside the WDI figure, in million US$', () => {
    const { rows } = readCsvResource(data, resource('remittances-by-source-revisions'));
    const series = (id: string, measure: string): Map<string, Observation> =>
      new Map(all.find((d) => d.id === id)!.observations.filter((o) => o.measure === measure && Object.keys(o.dimensions).length === 0).map((o) => [o.period, o]));
    const earlier = series('remittance-flows', 'inward-remittances');
    const later = series('wdi-personal-remittances', 'personal-remittances-received');
    const both = [...earlier.keys()].filter((p) => later.has(p)).sort();
    expect(both.length).toBeGreaterThanOrEqual(8);
    expect(rows.map((r) => r.period)).toEqual(both);
    for (const row of rows) {
      const e = earlier.get(String(row.period))! as Observation & { value: number };
      const l = later.get(String(row.period))! as Observation & { value: number };
      expect([e.unit, l.unit]).toEqual(['million-usd', 'usd']);
      expect(row).toMatchObject({
        unit: 'million-usd',
        earlierDatasetId: 'remittance-flows', earlierObservationId: e.id, earlierAsWritten: e.asWritten, earlierUnit: 'million-usd', earlierValue: e.value,
        laterDatasetId: 'wdi-personal-remittances', laterObservationId: l.id, laterAsWritten: l.asWritten, laterUnit: 'usd', laterValue: l.value / 1e6,
      });
      expect(row.difference as number).toBeCloseTo(l.value / 1e6 - e.value, 9);
      expect(row.ratio as number).toBeCloseTo(l.value / 1e6 / e.value, 12);
    }
    // 2008: 1,554 (Table 5) against aze,2008,1518327000 (WDI): the difference to the figures' decimals, no binary fraction
    expect(rows.find((r) => r.period === '2008')).toMatchObject({ earlierValue: 1554, laterValue: 1518.327, difference: -35.673 });
  });

  it.each(comparisonViews.map((v) => [v.slug, v] as const))('data/charts/%s.vl.json: the chart of the page, every statement a mark, rendered by Vega without a warning', async (slug, view) => {
    const spec = JSON.parse(readFileSync(join(data, 'charts', `${slug}.vl.json`), 'utf8')) as TopLevelSpec & { data: { values: { observationId: string; dataset: string }[] } };
    expect(spec.data.values.map((v) => `${v.dataset}/${v.observationId}`).sort()).toEqual(view.measures.flatMap((m) => estimates(all, m).map((s) => `${s.dataset}/${s.observationId}`)).sort());
    const warnings: string[] = [];
    const logger = { level: () => logger, error: (...a: unknown[]) => warnings.push(a.join(' ')), warn: (...a: unknown[]) => warnings.push(a.join(' ')), info: () => logger, debug: () => logger };
    const view_ = new vega.View(vega.parse(compile(spec, { logger: logger as never }).spec), { renderer: 'none', logger: logger as never, logLevel: vega.Warn });
    try {
      expect(await view_.toSVG()).toMatch(/^<svg/);
    } finally {
      view_.finalize();
    }
    expect(warnings).toEqual([]);
  });
});

describe('compare <measure> --csv', () => {
  /** The records of a CSV text, as arrays of cells. */
  const records = (text: string): string[][] => parse(text, { relax_column_count: false }) as string[][];
  const shippedIn = comparisonViews.map((v) => [v.slug, v.measures] as const).concat([['competing-estimates', competingEstimates.measures]]);

  /**
   * The lines of a CSV text: split at each CRLF followed by an even number of quotes (outside a
   * quoted field), empty lines left out. One pass: the quotes after a CRLF are those of the whole
   * text less those before it.
   */
  const lines = (text: string): string[] => {
    let after = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) after++;
    const out: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) after--;
      else if (c === 13 && text.charCodeAt(i + 1) === 10 && after % 2 === 0) {
        out.push(text.slice(start, i));
        start = i + 2;
        i++;
      }
    }
    out.push(text.slice(start));
    return out.filter((l) => l !== '');
  };
  /** Each shipped table read once, as text, records and lines, for the tests of its measures. */
  const shippedTables = new Map<string, { records: string[][]; lines: string[] }>();
  const shippedTable = (name: string): { records: string[][]; lines: string[] } => {
    let t = shippedTables.get(name);
    if (t === undefined) {
      const text = readFileSync(join(data, resource(name).path), 'utf8');
      shippedTables.set(name, (t = { records: records(text), lines: lines(text) }));
    }
    return t;
  };

  it('the line splitter splits at the line ends outside quoted fields only', () => {
    expect(lines('a,b\r\n"x\r\ny",2\r\n"q ""\r\n"" r",3\r\n')).toEqual(['a,b', '"x\r\ny",2', '"q ""\r\n"" r",3']);
  });

  it.each(shippedIn.flatMap(([name, measures]) => measures.map((m) => [m, name] as const)))('%s: prints the rows of that measure in data/%s.csv, byte for byte, and nothing on standard error', (measure, name) => {
    const out = run(['compare', measure, '--csv']);
    expect([out.code, out.stderr]).toEqual([0, '']);
    const shipped = shippedTable(name);
    const [header, ...rows] = shipped.records;
    const own = rows.filter((r) => r[0] === measure);
    expect(own.length).toBeGreaterThan(0);
    expect(JSON.stringify(records(out.stdout))).toBe(JSON.stringify([header, ...own]));
    // the same bytes: the shipped file's header and the measure's rows, in its order
    expect(lines(out.stdout)).toEqual([shipped.lines[0], ...shipped.lines.slice(1).filter((l) => l.startsWith(`${measure},`))]);
    expect(out.stdout.endsWith('\r\n')).toBe(true);
  });
});

describe('viewTables', () => {
  it('leaves out a view whose measures no dataset states, and refuses a view named as a dataset', () => {
    const none = all.filter((d) => !d.observations.some((o) => ['idps', 'inward-remittances', 'personal-remittances-received'].includes(o.measure)));
    expect(viewTables(none)).toEqual([]);
    const clash = { ...all[0]!, id: 'idps-by-source' } as Dataset;
    expect(() => viewTables([...all, clash])).toThrow('the view "idps-by-source" has the id of a dataset');
  });

  it('a view without the revisions datasets still has its statements, without a revisions table', () => {
    const withoutWdi = all.filter((d) => d.id !== 'wdi-personal-remittances');
    const names = viewTables(withoutWdi).map((t) => t.name);
    expect(names).toContain('remittances-by-source');
    expect(names).not.toContain('remittances-by-source-revisions');
  });
});

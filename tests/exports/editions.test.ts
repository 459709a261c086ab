import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { editionTable } from '../../scripts/acrossSourcesExports.js';
import { run } from '../../src/cli/run.js';
import { EditionQuoteError, editionChanges, editionRevisionsOf, totalsAgainstRows, unhcrEditions, unhcrRowCodes } from '../../src/tabular/editions.js';
import { readCsvResource } from './readResource.js';
import type { Resource } from './readResource.js';
import { extractsDir, withoutOpenData } from '../support/seeds.js';

// Editions side by side (issue 26, item 5): UNHCR's population table in the R package refugees
// 2022.12.0 against 2025.12.1, paired by UNHCR's own country codes, and the December 2019 copy's
// totals against the sum of 2025.12.1's rows. The expectations are read from the extracts
// themselves (the CSV files written from the .rda files, and the copy's ddf files), never from
// the code under test.

const all = datasets as readonly Dataset[];
const revisions = editionRevisionsOf(unhcrEditions, all);
const editions = revisions.filter((r) => r.comparison === 'editions');

type Row = Record<string, string>;
const readRows = (file: string): Row[] => parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
/** The columns of the population table the datasets hold as measures (the others are 0 or NA for Azerbaijan: see the dataset's notes). */
const held = ['refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'stateless', 'ooc'];

describe.skipIf(withoutOpenData)('what changed between the editions, read from the extracts', () => {
  const dir = join(extractsDir ?? '', 'unhcr-refugees-2025');
  const rows2025 = withoutOpenData ? [] : readRows(join(dir, 'population--aze.csv'));
  const rows2022 = withoutOpenData ? [] : readRows(join(dir, 'editions', 'population--aze--2022.12.0.csv'));
  const key = (r: Row): string => `${r['year']} ${r['coo']} ${r['coa']}`;

  it('the only values that differ between 2022.12.0 and 2025.12.1 are 2022 refugees from Azerbaijan in the Netherlands (349 → 434) and in Spain (81 → 99)', () => {
    const later = new Map(rows2025.map((r) => [key(r), r]));
    const differing: string[] = [];
    for (const r of rows2022) {
      const l = later.get(key(r));
      if (l === undefined) continue;
      for (const c of held) if (r[c] !== l[c]) differing.push(`${key(r)} ${c} ${r[c]} ${l[c]}`);
    }
    expect(differing).toEqual(['2022 AZE NET refugees 349 434', '2022 AZE SPA refugees 81 99']);
    // the table lists those two, with both editions' figures, quotes and locators
    const revised = editions.filter((r) => r.change === 'revised').map((r) => `${r.period} ${r.origin} ${r.asylum} ${r.earlierValue} ${r.laterValue} ${r.difference}`);
    expect(revised).toEqual(['2022 AZE NET 349 434 85', '2022 AZE SPA 81 99 18']);
    const nl = editions.find((r) => r.asylum === 'NET')!;
    expect(nl.earlier!.quote).toContain('"NET","NLD",349,');
    expect(nl.later[0]!.quote).toContain('"NET","NLD",434,');
    expect([nl.earlierDataset.id, nl.laterDataset.id]).toEqual(['unhcr-population-2022', 'unhcr-population-2025']);
    expect([nl.earlier!.source, nl.later[0]!.source]).toEqual(['unhcr-refugees-package-2022-12-0', 'unhcr-refugees-package-2025-12-1']);
  });

  it('the unknown-origin rows of 1992–1995 pair by UNHCR\'s code UKN (ISO field NA in 2022.12.0, UNK in 2025.12.1) with no change of value', () => {
    const unknown2022 = rows2022.filter((r) => r['coo'] === 'UKN');
    expect(unknown2022.map((r) => `${r['year']} ${r['coo_iso']}`)).toEqual(['1992 NA', '1993 NA', '1994 NA', '1995 NA']);
    const unknown2025 = new Map(rows2025.filter((r) => r['coo'] === 'UKN').map((r) => [key(r), r]));
    for (const r of unknown2022) {
      const l = unknown2025.get(key(r))!;
      expect(l['coo_iso']).toBe('UNK');
      const row = editions.find((e) => e.period === r['year'] && e.origin === 'UKN');
      expect(row, r['year']).toMatchObject({ change: 'recoded', asylum: r['coa'], earlierValue: Number(r['refugees']), laterValue: Number(l['refugees']), difference: 0 });
    }
    // no unknown-origin figure stands in one edition only: they all paired
    expect(editions.filter((e) => e.origin === 'UKN' && e.change !== 'recoded')).toEqual([]);
  });

  it('no figure stands in one edition only over the years both reach, as the extracts have it: every row of 2022.12.0 is in 2025.12.1 and back', () => {
    const years = new Set(rows2022.map((r) => r['year']));
    const earlierKeys = new Set(rows2022.map(key));
    const laterKeys = new Set(rows2025.filter((r) => years.has(r['year'])).map(key));
    const oneOnly = [...earlierKeys].filter((k) => !laterKeys.has(k)).length + [...laterKeys].filter((k) => !earlierKeys.has(k)).length;
    expect(editions.filter((e) => e.change === 'earlier-only' || e.change === 'later-only').length).toBe(oneOnly);
  });

  it('2018 refugees from Azerbaijan: 11,226 in the December 2019 copy, 11,246 as the sum of 2025.12.1\'s rows by country of asylum', () => {
    const copy = readFileSync(join(extractsDir ?? '', 'unhcr-2019', 'ddf--datapoints--population_left--by--geo--displacement_type--year.csv'), 'utf8').split(/\r?\n/);
    const total = Number(copy.find((l) => l.startsWith('aze,refugees,2018,'))!.split(',')[3]);
    const sum = rows2025.filter((r) => r['year'] === '2018' && r['coo'] === 'AZE' && r['refugees'] !== 'NA').reduce((s, r) => s + Number(r['refugees']), 0);
    expect([total, sum]).toEqual([11226, 11246]);
    const row = revisions.find((r) => r.comparison === 'total-and-rows' && r.measure === 'refugee-population-by-country-of-origin' && r.period === '2018')!;
    expect([row.earlierValue, row.laterValue, row.difference]).toEqual([total, sum, sum - total]);
    expect(row.earlierDataset.id).toBe('unhcr-population-statistics-azerbaijan');
    expect(row.later.length).toBe(rows2025.filter((r) => r['year'] === '2018' && r['coo'] === 'AZE' && Number(r['refugees']) > 0).length);
  });
});

describe('the functions', () => {
  const fig = (id: string, value: number, quote: string, period = '1992') =>
    ({ id, measure: 'refugees', qualifier: 'exact', value, unit: 'persons', period, dimensions: {}, source: 's', locator: {}, quote, asWritten: String(value) }) as const;

  it('reads UNHCR\'s codes from a quoted row, a name with a comma included', () => {
    expect(unhcrRowCodes(fig('a', 5, '2001,"Korea, Republic of","ROK","KOR","Azerbaijan","AZE","AZE",5', '2001'))).toEqual({ origin: 'ROK', asylum: 'AZE', originIso: 'KOR', asylumIso: 'AZE' });
  });

  it('names a quote that is not a row of the table, and a figure stated twice', () => {
    expect(() => unhcrRowCodes(fig('a', 5, 'aze,refugees,1992,5'))).toThrow(EditionQuoteError);
    expect(() => unhcrRowCodes(fig('a', 5, '1993,"X","XXX","XX","Y","YYY","YY",5'))).toThrow(/not a row of UNHCR's population table for 1992/);
    const q = '1992,"X","XXX","XX","Y","YYY","YY",5';
    expect(() => editionChanges([fig('a', 5, q), fig('b', 6, q)], [])).toThrow(/states refugees 1992 XXX→YYY twice \("a" and "b"\)/);
  });

  it('a year the earlier edition does not reach is not a change; a figure missing in one edition within the years both reach is', () => {
    const q = (y: string, coo: string) => `${y},"X","${coo}","XX","Y","YYY","YY",5`;
    const changes = editionChanges([fig('a', 5, q('1992', 'AAA')), fig('b', 5, q('1992', 'BBB'))], [fig('a', 5, q('1992', 'AAA')), fig('c', 5, q('1993', 'CCC'), '1993')]);
    expect(changes.map((c) => `${c.period} ${c.origin} ${c.change}`)).toEqual(['1992 BBB earlier-only']);
  });

  it('a total without rows in the later edition has no sum (not a 0); an equal sum is not listed', () => {
    const t = (id: string, value: number, period: string, dimensions: Record<string, string> = {}) => ({ ...fig(id, value, String(value), period), dimensions });
    const out = totalsAgainstRows([t('t1', 10, '2000'), t('t2', 3, '2001'), t('t3', 7, '2002')], [t('r1', 4, '2000', { origin: 'A' }), t('r2', 6, '2000', { origin: 'B' }), t('r3', 8, '2002', { origin: 'A' })], { refugees: 'refugees' });
    expect(out.map((r) => [r.period, r.rowsSum, r.difference])).toEqual([['2001', null, null], ['2002', 8, 1]]);
    expect(() => totalsAgainstRows([t('t1', 10, '2000')], [], { refugees: 'refugees' })).toThrow(/no row states the measure "refugees"/);
  });
});

describe('the shipped table and compare', () => {
  const data = new URL('../../data/', import.meta.url).pathname;

  it('data/unhcr-editions.revisions.csv holds the rows, described in datapackage.json, reading back through its declared schema', () => {
    const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
    const r = pkg.resources.find((x) => x.name === 'unhcr-editions-revisions')!;
    expect(r.path).toBe('unhcr-editions.revisions.csv');
    const { rows } = readCsvResource(data, r);
    expect(rows.length).toBe(revisions.length);
    const nl = rows.find((x) => x['revisionId'] === 'editions refugee-population-by-country-of-origin 2022 AZE NET')!;
    expect([nl['earlierValue'], nl['laterValue'], nl['difference'], nl['change']]).toEqual([349, 434, 85, 'revised']);
    expect(String(nl['earlierLocator'])).toContain('editions/population--aze--2022.12.0.csv');
    const total = rows.find((x) => x['revisionId'] === 'total-and-rows refugee-population-by-country-of-origin 2018')!;
    expect([total['earlierValue'], total['laterValue'], total['laterObservationId']]).toEqual([11226, 11246, null]);
  });

  it('the table is left out where the library holds none of its datasets', () => {
    const ids = new Set(['unhcr-population-2022', 'unhcr-population-2025', 'unhcr-population-statistics-azerbaijan']);
    expect(editionTable(all.filter((d) => !ids.has(d.id)))).toBeUndefined();
    expect(editionTable(all.filter((d) => d.id !== 'unhcr-population-2022'))!.rows.every((x) => x['comparison'] === 'total-and-rows')).toBe(true);
  });

  it('compare refugee-population-by-country-of-origin --period 2018 shows 11,226 (December 2019 copy) beside 11,246 (2025.12.1)', () => {
    const { stdout } = run(['compare', 'refugee-population-by-country-of-origin', '--period', '2018'], { width: 400 });
    const line = stdout.split('\n').find((l) => l.startsWith('2018 (total):'))!;
    expect(line).toMatch(/^2018 \(total\): 11,226 in UNHCR Population Statistics, data to 2018 \(open-numbers copy of December 2019\) .*; 11,246, the sum of \d+ rows of .*version 2025\.12\.1.*; difference \+20\.$/);
    const json = JSON.parse(run(['compare', 'refugee-population-by-country-of-origin', '--period', '2022', '--json']).stdout) as { editions: { origin: string; asylum: string; earlierValue: number; laterValue: number }[] };
    expect(json.editions.map((e) => [e.asylum, e.earlierValue, e.laterValue])).toEqual([['NET', 349, 434], ['SPA', 81, 99]]);
    // a period without a change shows none
    expect(run(['compare', 'refugee-population-by-country-of-origin', '--period', '2020']).stdout).not.toContain('Between editions');
  });
});


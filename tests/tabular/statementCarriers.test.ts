import { describe, expect, it } from 'vitest';
import { datasets, estimates } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { statementColumns, statementRows, statementsCsv } from '../../src/tabular/statements.js';

// The long table of statements (competing-estimates.csv, compare <measure> --csv): one row per
// statement, every carrier named, and where carriers differ beyond rounding.

const all = datasets as readonly Dataset[];

describe('the statements table: each statement once, with its carriers', () => {
  const rows = statementRows('idps', all);

  it('has one row per statement of estimates(), and every IDP figure among the carriers of some row', () => {
    expect(rows).toHaveLength(estimates(all, 'idps').length);
    const ids = rows.flatMap((r) => String(r.carrierIds).split('; '));
    const figures = all.flatMap((d) => d.observations.filter((o) => o.measure === 'idps').map((o) => `${d.id}/${o.id}`));
    expect(ids.sort()).toEqual(figures.sort());
  });

  it("names the 2022 IDMC statement's three carriers, the rounded ones as rounded, and no difference beyond rounding", () => {
    const idmc2022 = rows.filter((r) => r.period === '2022' && r.attribution === 'idmc');
    expect(idmc2022).toHaveLength(1);
    const [row] = idmc2022;
    expect([row!.datasetId, row!.value]).toEqual(['idmc-gidd-conflict-2025', 658742]);
    expect(String(row!.carrierIds).split('; ')).toEqual(['idmc-gidd-conflict-2025/idps-2022', 'unhcr-idmc-idps-2025/idps-2022', 'wdi-idps-idmc/idps-2022']);
    const names = String(row!.carriers).split('; ');
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/Global Internal Displacement Database \(GIDD\) \(May 2025\), copy OCHA-DAP\/hdx-scraper-idmc-gidd$/);
    expect(names[1]).toMatch(/^UNHCR.*\(version 2025\.12\.1\), copy PopulationStatistics\/refugees, rounded$/);
    expect(names[2]).toMatch(/^World Bank, World Development Indicators .*, rounded$/);
    expect([row!.carriersDifferBy, row!.carriersDiffer]).toEqual([null, null]);
  });

  it("keeps UNHCR's own 2023 figure (657,749) as a row of its own, beside IDMC's", () => {
    const y2023 = rows.filter((r) => r.period === '2023');
    expect(y2023.map((r) => [r.datasetId, r.attribution, r.value])).toEqual([
      ['idmc-gidd-conflict-2025', 'idmc', 657749],
      ['unhcr-population-2025', null, 657749],
    ]);
    expect(y2023[1]!.carrierIds).toBe('unhcr-population-2025/idps-az-az-2023');
  });

  it('the CSV has the carrier columns, described, and as many lines as statements', () => {
    for (const c of ['carriers', 'carrierIds', 'carriersDifferBy', 'carriersDiffer']) expect(statementColumns[c]?.description.length).toBeGreaterThan(20);
    const csv = statementsCsv(['idps'], all);
    const header = csv.split('\r\n')[0]!.split(',');
    expect(header).toEqual(Object.keys(statementColumns));
    expect(csv.trimEnd().split('\r\n').length - 1).toBeGreaterThanOrEqual(rows.length); // quoted cells may hold line breaks
  });
});

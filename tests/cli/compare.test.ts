import { describe, expect, it } from 'vitest';
import { datasets, estimates } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';

// compare compares like with like: statements of one period and dimensions against each other,
// one source's figures over time as a series, each figure in its source's unit.

const wide = (...args: string[]) => run(args, { width: 1000 });

describe('compare, like with like', () => {
  it('compare inward-remittances shows a series in million US dollars, not competing estimates in dollars', () => {
    const { stdout, code } = wide('compare', 'inward-remittances');
    expect(code).toBe(0);
    expect(stdout).toContain('In million US dollars:');
    // World Bank figures as the country report gives them: 38.2 (1997) … 1,472 (2010)
    expect(stdout).toMatch(/Series of \[1\] \(attributed to World Bank\): 1997–2010, 9 periods: first 38\.2 \(1997\), last 1,472 \(2010\), growth \+3,753\.4 %\./);
    // the report's "1.5 billion" of 2010 stays in billion US dollars, in a table of its own
    expect(stdout).toContain('In billion US dollars:');
    expect(stdout).toMatch(/\n2010 +exact +1\.5 /);
    expect(stdout).not.toContain('1,472,000,000');
    expect(stdout).not.toContain('38,200,000');
    expect(stdout).not.toMatch(/median|spread/);
    expect(stdout).toContain('Newest statement: 2010.');
  });

  it('sets statements of the same period against each other: refugees and IDPs, 1994', () => {
    const { stdout } = wide('compare', 'refugees-and-idps');
    expect(stdout).toContain(
      '1994: 3 statements of the same period: min 947,586, median 1,000,000, max 1,500,000, spread (max/min) 1.58, intervals do not all overlap.',
    );
    expect(stdout).toMatch(/from median/);
    expect(stdout).toMatch(/\n1994 +exact +947,586 +-52,414 /);
    expect(stdout).not.toContain('Series');
  });

  it('says the period of the newest statement, and lists statements by period', () => {
    const { stdout } = wide('compare', 'idps');
    // the documents' four statements and the yearly series of IDMC (2009–2025, each year once whichever release carries it) and UNHCR (1993–2025)
    const every = estimates('idps', datasets);
    const periodCount = new Set(every.map((s) => s.observation.period)).size;
    expect(stdout).toContain(`Newest statement: 2025. ${every.length} statements of ${periodCount} periods.`);
    // the statements' rows, before the revisions between editions and the events the library dates within their periods
    const figures = stdout.split(/^(?:Between editions|Events dated within these periods)/m)[0]!;
    const periods = [...figures.matchAll(/^(\d{4}(?:-\d{2})?) (?!.*statements of the same period)/gm)].map((m) => m[1]!);
    const years = periods.map((p) => p.slice(0, 4));
    expect(years).toEqual([...years].sort());
    for (const p of ['1993', '2002', '2006', '2007-03', '2008-02', '2022', '2025']) expect(periods).toContain(p);
    // a median only for a period that several statements share, never across periods
    expect(stdout).not.toMatch(/^2008-02: \d+ statements/m);
    expect(stdout).toMatch(/^2013: 2 statements of the same period: min /m);
  });

  it("shows IDMC's statement once, its rounded copies as carriers and not as competing figures; a real disagreement keeps its spread", () => {
    const { stdout } = wide('compare', 'idps');
    // IDMC's 586,013 of 2009 (the GIDD) is carried rounded (586,000) by UNHCR's idmc table and the World Bank: one row, no spread between copies
    const carriedIn = stdout.split('\n').filter((l) => l.includes('wdi-idps-idmc/idps-2009'));
    expect(carriedIn).toHaveLength(1);
    expect(carriedIn[0]).toMatch(/^2009 +exact +586,013 .*\]r unhcr-idmc-idps-2025\/idps-2009 \[\d+\]r wdi-idps-idmc\/idps-2009 .*idmc-gidd-conflict-2025\/idps-2009$/);
    // UNHCR's own 586,013 of 2009 stands beside IDMC's: the same figure, two statements
    expect(stdout).toMatch(/^2009: 2 statements of the same period: min 586,013, median 586,013, max 586,013, spread \(max\/min\) 1\.00, intervals overlap\.$/m);
    // a real disagreement keeps its figures and spread: UNHCR's 609,029 against IDMC's 543,400 in 2013
    expect(stdout).toMatch(/^2013: 2 statements of the same period: min 543,400, median 576,214\.5, max 609,029, spread \(max\/min\) 1\.12, intervals do not all overlap\.$/m);
    const doc = JSON.parse(run(['compare', 'idps', '--json']).stdout) as { comparisons: { groups: { period: string; dimensions: object; statements: string[]; overlap: boolean; rounding: unknown }[] }[] };
    const groups = doc.comparisons[0]!.groups;
    expect(groups.find((g) => g.period === '2009' && Object.keys(g.dimensions).length === 0)).toMatchObject({
      statements: ['idmc-gidd-conflict-2025/idps-2009', 'unhcr-population-statistics-azerbaijan/idps-2009'],
      overlap: true,
      rounding: null,
    });
    expect(groups.find((g) => g.period === '2013' && Object.keys(g.dimensions).length === 0)).toMatchObject({ overlap: false, rounding: null });
  });

  it('--json gives the groups, the series and the newest period, in the source\'s units', () => {
    const doc = JSON.parse(run(['compare', 'inward-remittances', '--json']).stdout) as {
      newestPeriod: string;
      comparisons: { unit: string; newestPeriod: string; groups: { period: string; statements: string[] }[]; series: { periods: number; first: { period: string; point: number }; last: { period: string; point: number }; growth: number }[] }[];
    };
    expect(doc.newestPeriod).toBe('2010');
    expect(doc.comparisons.map((c) => c.unit)).toEqual(['million-usd', 'billion-usd']);
    const [millions] = doc.comparisons;
    expect(millions!.series).toHaveLength(1);
    expect([millions!.series[0]!.periods, millions!.series[0]!.first, millions!.series[0]!.last.point]).toEqual([9, { statement: 'remittances-statements/inward-remittances-1997', period: '1997', point: 38.2 }, 1472]);
    expect(millions!.series[0]!.growth).toBe((1472 - 38.2) / 38.2);
    expect(millions!.groups.every((g) => g.statements.length === 1)).toBe(true);
  });

  it('by country, never sets one country against another: arrivals are one series per country', () => {
    const { stdout } = wide('compare', 'arrivals');
    const countries = new Set(datasets.find((d) => d.id === 'arrivals-by-country')!.observations.map((o) => o.dimensions.country));
    countries.delete(undefined);
    expect(countries.size).toBeGreaterThan(5);
    for (const c of countries) expect(stdout).toContain(`(attributed to State Statistical Committee of the Republic of Azerbaijan) country=${c}: `);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { displacement2025Charts } from '../../scripts/docs/displacement2025Charts.js';

// Issue 26, part 7: the four charts of docs/displacement-2025.md hold the datasets' figures (the
// shipped-chart test renders each without a warning, no wider than the content column, with its
// title and source line: tests/docs/shippedCharts.test.ts).

const root = new URL('../..', import.meta.url).pathname;
const charts = displacement2025Charts(datasets as readonly Dataset[] as never);
const values = (slug: string): Record<string, unknown>[] => (charts.find((c) => c.slug === slug)!.spec as { data: { values: Record<string, unknown>[] } }).data.values;
const dataset = (id: string): Dataset => (datasets as readonly Dataset[]).find((d) => d.id === id)!;

describe('the charts of the displacement series to 2025', () => {
  it('are shipped in data/charts/ as they are built, and drawn on docs/displacement-2025.md', () => {
    const page = readFileSync(join(root, 'docs/displacement-2025.md'), 'utf8');
    for (const c of charts) {
      expect(JSON.parse(readFileSync(join(root, 'data/charts', `${c.slug}.vl.json`), 'utf8'))).toEqual(JSON.parse(JSON.stringify(c.spec)));
      expect(page).toContain(`<!-- chart: ${c.slug} -->`);
      expect(page).toContain(`data/charts/${c.slug}.vl.json`);
    }
  });

  it('refugees from Azerbaijan by country of asylum: each year sums to UNHCR\'s rows of that year (2023: 158,098), eight groups at most', () => {
    const rows = values('azerbaijan-refugees-by-asylum') as { year: string; country: string; value: number }[];
    const d = dataset('unhcr-population-2025');
    const years = [...new Set(rows.map((r) => r.year))];
    expect(years[0]).toBe('1992');
    expect(years.at(-1)).toBe('2025');
    for (const year of years) {
      const own = d.observations.filter((o) => o.measure === 'refugee-population-by-country-of-origin' && o.period === year && o.dimensions.origin === 'AZ');
      expect(rows.filter((r) => r.year === year).reduce((n, r) => n + r.value, 0), year).toBe(own.reduce((n, o) => n + ('value' in o ? o.value : 0), 0));
    }
    expect(rows.filter((r) => r.year === '2023').reduce((n, r) => n + r.value, 0)).toBe(158098);
    expect(new Set(rows.map((r) => r.country)).size).toBeLessThanOrEqual(8);
    expect(rows.find((r) => r.year === '2023' && r.country === 'Armenia')?.value).toBe(143054);
  });

  it('IDPs by source: every idps figure in persons of every dataset, 1993–2025, each copy named, IDMC\'s statement once per copy', () => {
    const rows = values('idps-by-source-1993-2025') as { year: string; carrier: string; stated: string; value: number; dataset: string; observation: string }[];
    const expected = (datasets as readonly Dataset[]).flatMap((d) => d.observations.filter((o) => o.measure === 'idps' && o.unit === 'persons' && 'value' in o && o.period.slice(0, 4) >= '1993' && o.period.slice(0, 4) <= '2025').map((o) => `${d.id}/${o.id}`));
    expect(rows.map((r) => `${r.dataset}/${r.observation}`).sort()).toEqual(expected.sort());
    expect(rows.map((r) => r.year).sort()[0]).toBe('1993');
    expect(rows.map((r) => r.year).sort().at(-1)).toBe('2025');
    // IDMC's 2009 stock: unrounded in the GIDD, rounded by UNHCR's package and the World Bank, each a copy of its own
    const idmc2009 = rows.filter((r) => r.year === '2009' && r.stated === 'IDMC');
    expect(new Set(idmc2009.map((r) => r.carrier)).size).toBe(idmc2009.length);
    expect(idmc2009.map((r) => r.value).sort()).toEqual(expect.arrayContaining([586000, 586013]));
  });

  it('asylum decisions on Azerbaijani citizens: persons only, the four outcomes, summing to UNHCR\'s rows', () => {
    const rows = values('azerbaijani-asylum-decisions') as { country: string; outcome: string; value: number }[];
    const d = dataset('unhcr-asylum-decisions-2025');
    const outcomes = ['asylum-decisions-recognized', 'asylum-decisions-complementary-protection', 'asylum-decisions-rejected', 'asylum-decisions-otherwise-closed'];
    const own = d.observations.filter((o) => outcomes.includes(o.measure) && o.dimensions.origin === 'AZ' && o.dimensions['cases-or-persons'] === 'P');
    expect(rows.reduce((n, r) => n + r.value, 0)).toBe(own.reduce((n, o) => n + ('value' in o ? o.value : 0), 0));
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(['Recognized', 'Complementary protection', 'Rejected', 'Otherwise closed']));
  });
});

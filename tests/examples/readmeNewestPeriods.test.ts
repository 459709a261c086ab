import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { markers, newestPeriods, newestPeriodsTable, withTable } from '../../scripts/readme/newestPeriods.js';

// Issue 26, item 6: the README's series section shows a generated table of the newest period of
// each measure by source; regenerated here from the built data, it must be what README.md holds.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const all = datasets as readonly Dataset[];

describe("the README's table of newest periods", () => {
  it('is what the data gives today (run npm run readme after a data change)', () => {
    expect(readme, 'README.md differs from the data: run "npm run readme"').toBe(withTable(readme, newestPeriodsTable(all)));
  });

  it('stands in the series section, between its markers, once', () => {
    expect(readme.split(markers.start)).toHaveLength(2);
    const section = readme.slice(readme.indexOf('### Yearly series from the releases'), readme.indexOf('### Ids from user input'));
    expect(section).toContain(markers.start);
    expect(section).toContain(markers.end);
    expect(readme).not.toContain('Series to the present');
  });

  it('gives, for each dataset, source and attribution of a measure a release states, its newest period and that period’s figure as written', () => {
    const rows = newestPeriods(all);
    const releaseMeasures = new Set(all.flatMap((d) => d.observations.filter((o) => o.locator.line !== undefined).map((o) => o.measure)));
    expect(new Set(rows.map((r) => r.measure))).toEqual(releaseMeasures);
    for (const r of rows) {
      const d = all.find((x) => x.id === r.dataset)!;
      const group = d.observations.filter((o) => o.measure === r.measure && o.source === r.source && o.attribution === r.attribution);
      expect(group.some((o) => o.period === r.period)).toBe(true);
      // no figure of the group ends in a later year than the newest period
      const endYear = (p: string): number => Number(p.split('/').at(-1)!.slice(0, 4));
      for (const o of group) expect(endYear(o.period), `${r.dataset} ${r.measure} ${o.period} after ${r.period}`).toBeLessThanOrEqual(endYear(r.period));
      for (const f of r.figures) {
        expect(d.observations).toContain(f);
        expect(f.period).toBe(r.period);
        expect(Object.keys(f.dimensions)).toEqual([]);
        expect(readme).toContain(f.asWritten);
      }
    }
  });

  it('names the stock of IDMC to 2022 and its new displacements to 2023 apart, as the World Bank copy holds them', () => {
    const rows = newestPeriods(all).filter((r) => r.dataset === 'wdi-idps-idmc');
    expect(Object.fromEntries(rows.map((r) => [r.measure, r.period]))).toEqual({ idps: '2022', 'idp-new-displacements': '2023' });
  });
});

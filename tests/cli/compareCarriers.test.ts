import { describe, expect, it } from 'vitest';
import { datasets, estimates } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';

// compare idps: each statement once, the other releases that carry it named beside it.

const all = datasets as readonly Dataset[];

interface JsonEstimate {
  datasetId: string;
  observationId: string;
  period: string;
  point: number | null;
  attribution: string | null;
  carriers: { datasetId: string; observationId: string; sourceId: string; name: string; value: number | null; rounded: boolean }[];
  carriersDiffer: { amount: number; statements: string[] } | null;
}

describe('compare idps: each statement once, every carrier named', () => {
  it('--json lists each statement once, with its carriers: three for IDMC 2022 (two rounded), one for UNHCR 2023', () => {
    const doc = JSON.parse(run(['compare', 'idps', '--json']).stdout) as { statements: number; comparisons: { estimates: JsonEstimate[] }[] };
    const every = doc.comparisons.flatMap((c) => c.estimates);
    expect(doc.statements).toBe(estimates(all, 'idps').length);
    expect(every).toHaveLength(doc.statements);
    const carried = every.reduce((n, e) => n + e.carriers.length, 0);
    expect(carried).toBe(all.flatMap((d) => d.observations.filter((o) => o.measure === 'idps')).length);
    const idmc2022 = every.filter((e) => e.period === '2022' && e.attribution === 'idmc');
    expect(idmc2022).toHaveLength(1);
    expect(idmc2022[0]!.point).toBe(658742);
    expect(idmc2022[0]!.carriers.map((c) => [c.datasetId, c.value, c.rounded])).toEqual([
      ['idmc-gidd-conflict-2025', 658742, false],
      ['unhcr-idmc-idps-2025', 659000, true],
      ['wdi-idps-idmc', 659000, true],
    ]);
    expect(idmc2022[0]!.carriersDiffer).toBeNull();
    const unhcr2023 = every.filter((e) => e.period === '2023' && e.datasetId === 'unhcr-population-2025');
    expect(unhcr2023.map((e) => [e.point, e.attribution, e.carriers.length])).toEqual([[657749, null, 1]]);
  });

  it('the text names the other carriers of a row by their number, "r" where rounded, and where each holds it; the footer counts both', () => {
    const { stdout, stderr, code } = run(['compare', 'idps'], { width: 1000 });
    expect(code).toBe(0);
    expect(stdout).toContain('also carried by');
    const number = (title: RegExp): string => {
      const line = stdout.split('\n').find((l) => /^\[\d+\] /.test(l) && title.test(l));
      if (line === undefined) throw new Error(`no legend line for ${title}`);
      return line.slice(0, line.indexOf(']') + 1);
    };
    const [gidd, unhcr2025, wdi] = [number(/GIDD/), number(/R package\) \(version 2025\.12\.1\)/), number(/World Development Indicators/)];
    const row2022 = stdout.split('\n').find((l) => /^2022 /.test(l) && l.includes('idmc-gidd-conflict-2025/idps-2022'))!;
    expect(row2022).toContain('658,742');
    expect(row2022).toContain(`${gidd}`);
    expect(row2022).toContain(`${unhcr2025}r unhcr-idmc-idps-2025/idps-2022 ${wdi}r wdi-idps-idmc/idps-2022`);
    // the carried figures are not rows of their own: they stand only in the row of the statement
    expect(stdout.split('\n').filter((l) => l.includes('wdi-idps-idmc/idps-2022'))).toEqual([row2022]);
    expect(stderr).toMatch(/^\d+ statements in \d+ datasets; \d+ figures in \d+ datasets, a statement carried by several releases counted once\n$/);
  });
});

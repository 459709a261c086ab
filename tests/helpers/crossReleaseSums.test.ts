import { describe, expect, it } from 'vitest';
import { datasets, HelperRangeError } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import { carriedTotals, refugeesByOriginCarriedTotal, refugeesInAzerbaijanCarriedTotal } from 'azerbaijan-data/displacement';
import { checkCrossReleaseSum } from 'azerbaijan-data/helpers';
import { dataset, thrown, valueOf } from './data.js';

// A total one release carries is the sum of another release's rows: recomputed here from the
// observations, year by year, and set against what checkCrossReleaseSum reports.

const all = datasets as readonly Dataset[];

/** Year → [total, sum of parts], straight from the data. */
function recomputed(totalSet: string, totalMeasure: string, partSet: string, partMeasure: string): Map<string, [number | null, number | null]> {
  const out = new Map<string, [number | null, number | null]>();
  for (const o of dataset(totalSet).observations.filter((x) => x.measure === totalMeasure)) out.set(o.period, [valueOf(o), null]);
  for (const o of dataset(partSet).observations.filter((x) => x.measure === partMeasure)) {
    const [t, s] = out.get(o.period) ?? [null, null];
    out.set(o.period, [t, (s ?? 0) + valueOf(o)]);
  }
  return out;
}

describe('totals carried across releases', () => {
  for (const relation of carriedTotals) {
    it(`${relation.id}: each year's difference is the total less the sum of the rows, recomputed from the data`, () => {
      const periods = checkCrossReleaseSum(all, relation);
      const expected = recomputed(relation.total.dataset, relation.total.measure, relation.parts.dataset, relation.parts.measure);
      expect(periods.map((p) => p.period)).toEqual([...expected.keys()].sort());
      for (const p of periods) {
        const [total, sum] = expected.get(p.period)!;
        expect(p.total?.value ?? null, p.period).toBe(total);
        expect(p.parts.sum, p.period).toBe(sum ?? 0);
        expect(p.difference, p.period).toBe(total === null || sum === null ? null : total - sum);
        // the ids name the observations summed
        const parts = dataset(relation.parts.dataset).observations.filter((o) => p.parts.ids.includes(o.id));
        expect(parts.every((o) => o.measure === relation.parts.measure && o.period === p.period)).toBe(true);
        expect(parts.reduce((a, o) => a + valueOf(o), 0)).toBe(p.parts.sum);
        if (p.total !== null) expect(dataset(p.total.dataset).observations.find((o) => o.id === p.total!.observationId)!.period).toBe(p.period);
      }
    });
  }

  it("the World Bank's refugees from Azerbaijan equal the sum of UNHCR 2025.12.1's rows by country of asylum in every year both hold (2023: 158,098 both ways)", () => {
    const periods = checkCrossReleaseSum(all, refugeesByOriginCarriedTotal);
    const y2023 = periods.find((p) => p.period === '2023')!;
    expect([y2023.total!.observationId, y2023.total!.value, y2023.parts.sum, y2023.parts.ids.length]).toEqual(['refugee-population-by-country-of-origin-2023', 158098, 158098, 37]);
    expect(periods.filter((p) => p.holds === true).map((p) => p.period)).toEqual(periods.filter((p) => p.total !== null).map((p) => p.period));
    expect(periods.filter((p) => p.holds === false)).toEqual([]);
    // 1992–2023 checked; UNHCR's rows of 2024 and 2025 have no World Bank total to check against
    expect(periods.filter((p) => p.holds === null).map((p) => p.period)).toEqual(['2024', '2025']);
    expect(periods[0]!.period).toBe('1992');
  });

  it("the World Bank's refugees in Azerbaijan equal the sum of UNHCR's rows by country of origin, 1992–2022", () => {
    const periods = checkCrossReleaseSum(all, refugeesInAzerbaijanCarriedTotal);
    const checked = periods.filter((p) => p.holds !== null);
    expect([checked[0]!.period, checked.at(-1)!.period, checked.length]).toEqual(['1992', '2022', 31]);
    expect(checked.every((p) => p.holds === true && p.difference === 0)).toBe(true);
    expect(periods.filter((p) => p.holds === null).map((p) => p.period)).toEqual(['2023', '2024', '2025']);
  });

  it('finds a year where the rows do not add up, with the difference', () => {
    const unhcr = dataset('unhcr-population-2025');
    const row = unhcr.observations.find((o) => o.measure === 'refugee-population-by-country-of-origin' && o.period === '2023')!;
    const changed: Dataset = { ...unhcr, observations: unhcr.observations.map((o) => (o === row ? ({ ...o, value: valueOf(o) + 5 } as Observation) : o)) };
    const periods = checkCrossReleaseSum(all.map((d) => (d === unhcr ? changed : d)), refugeesByOriginCarriedTotal);
    const y2023 = periods.find((p) => p.period === '2023')!;
    expect([y2023.difference, y2023.holds]).toEqual([-5, false]);
    expect(periods.filter((p) => p.holds === false).map((p) => p.period)).toEqual(['2023']);
  });

  it('refuses a relation whose dataset is not given, and what is not a relation, with a typed error', () => {
    const e = thrown(() => checkCrossReleaseSum(all.filter((d) => d.id !== 'wdi-refugees'), refugeesByOriginCarriedTotal));
    expect(e).toBeInstanceOf(HelperRangeError);
    expect(e.message).toBe('checkCrossReleaseSum: relation.total.dataset must be the id of one of the datasets given; received "wdi-refugees"');
    expect(thrown(() => checkCrossReleaseSum(all, null as never))).toBeInstanceOf(TypeError);
  });
});

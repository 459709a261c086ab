import { describe, expect, it } from 'vitest';
import { breakdown, HelperRangeError, HelperTypeError, UnknownIdError } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { unhcrPopulation2025, wdiRefugees } from 'azerbaijan-data/displacement';

// Issue 26, "Done when": how many refugees from Azerbaijan were there in 2023, where, and from
// which row: one call, each figure with its label and its line of the written-out table and .rda file.

const query = { measure: 'refugee-population-by-country-of-origin', period: '2023', by: 'asylum' } as const;

describe('breakdown', () => {
  it('gives every figure of the measure in the period by the dimension, largest first, with labels, shares and a total that is their sum', () => {
    const b = breakdown(unhcrPopulation2025, query);
    const own = unhcrPopulation2025.observations.filter((o) => o.measure === query.measure && o.period === '2023');
    expect(b.rows.map((r) => r.observationId).sort()).toEqual(own.map((o) => o.id).sort());
    expect(b.total).toBe(own.reduce((n, o) => n + ('value' in o ? o.value : 0), 0));
    // the World Bank carries UNHCR's total by origin for 2023: the sum of UNHCR's rows by country of asylum
    const carried = wdiRefugees.observations.find((o) => o.id === 'refugee-population-by-country-of-origin-2023')!;
    expect([b.total, 'value' in carried ? carried.value : null]).toEqual([158098, 158098]);
    expect(b.rows.map((r) => r.value)).toEqual([...b.rows.map((r) => r.value)].sort((x, y) => y - x));
    expect(b.rows.reduce((n, r) => n + r.share, 0)).toBeCloseTo(1, 10);
    const dimension = unhcrPopulation2025.dimensions.find((d) => d.id === 'asylum')!;
    for (const r of b.rows) expect(r.label).toBe(dimension.values.find((v) => v.code === r.code)!.label);
    expect([b.unit, b.measureLabel]).toEqual(['persons', 'Refugees from Azerbaijan, by country of asylum (UNHCR)']);
  });

  it('traces every figure to its line, column and .rda file and table, and its quote holds the figure as written', () => {
    for (const r of breakdown(unhcrPopulation2025, query).rows) {
      expect(r.locator.file).toBe('population--aze.csv');
      expect(r.locator.column).toBe('refugees');
      expect(r.locator.writtenFrom).toEqual({ file: 'rda/population.rda', table: 'population' });
      expect(r.quote.startsWith('2023,"Azerbaijan"')).toBe(true);
      expect(r.quote.split(',')).toContain(String(r.value));
    }
  });

  it('fixes other dimensions with where', () => {
    const b = breakdown(unhcrPopulation2025, { measure: 'refugees', period: '2023', by: 'origin', where: { asylum: 'AZ' } });
    expect(b.rows.length).toBeGreaterThan(0);
    expect(b.rows.every((r) => r.code !== 'AZ')).toBe(true);
    expect(() => breakdown(unhcrPopulation2025, { measure: 'refugees', period: '2023', by: 'origin', where: { asylum: 'ZZ' } })).toThrow(HelperRangeError);
  });

  it('rejects bad input with a typed error that names the problem', () => {
    expect(() => breakdown(unhcrPopulation2025, { ...query, measure: 'refugee-population-by-country-of-orgin' })).toThrow(UnknownIdError);
    expect(() => breakdown(unhcrPopulation2025, { ...query, by: 'asylm' })).toThrow(/query\.by must be a dimension of dataset "unhcr-population-2025" \("origin", "asylum"\)/);
    expect(() => breakdown(unhcrPopulation2025, { ...query, period: '1800' })).toThrow(/none of "refugee-population-by-country-of-origin" in 1800/);
    expect(() => breakdown(unhcrPopulation2025, { ...query, period: 2023 as never })).toThrow(HelperTypeError);
    expect(() => breakdown(null as unknown as Dataset, query)).toThrow(HelperTypeError);
  });

  it('refuses to add figures that share a code (another dimension left open)', () => {
    const twice = { ...unhcrPopulation2025, observations: [...unhcrPopulation2025.observations, { ...unhcrPopulation2025.observations.find((o) => o.id === 'refugee-population-by-country-of-origin-az-de-2023')!, id: 'copy' }] } as unknown as Dataset;
    expect(() => breakdown(twice, query)).toThrow(/"DE" has several/);
  });
});

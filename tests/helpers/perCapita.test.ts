import { describe, expect, it } from 'vitest';
import { HelperRangeError, HelperTypeError, perCapita } from 'azerbaijan-data/helpers';
import { thrown } from './data.js';

// IDMC's IDP stock (WDI VC.IDP.TOCV) and WDI's total population (SP.POP.TOTL), as the extracts
// write them: aze,2009,586000 … aze,2022,659000 and aze,2009,8947243 … aze,2022,10141756.
const idps = [
  { period: '2009', value: 586000, unit: 'persons' },
  { period: '2020', value: 735000, unit: 'persons' },
  { period: '2022', value: 659000, unit: 'persons' },
];
const population = [
  { period: '2022', value: 10141756, unit: 'persons' },
  { period: '2009', value: 8947243, unit: 'persons' },
  { period: '2020', value: 10093121, unit: 'persons' },
];

describe('perCapita', () => {
  it('divides each figure by the population of its own period, whatever the order of the population', () => {
    const rows = perCapita(idps, population);
    expect(rows.map((r) => r.period)).toEqual(['2009', '2020', '2022']);
    expect(rows.map((r) => r.population)).toEqual([8947243, 10093121, 10141756]);
    expect(rows.map((r) => r.ratio)).toEqual([586000 / 8947243, 735000 / 10093121, 659000 / 10141756]);
    // about 6.5 % of the population in 2022
    expect(Math.round(1000 * rows[2]!.ratio) / 10).toBe(6.5);
  });

  it('gives the ratio per 100 or per 1,000 inhabitants', () => {
    expect(perCapita(idps, population, { per: 100 })[0]!.ratio).toBe((100 * 586000) / 8947243);
    expect(perCapita(idps, population, { per: 1000 })[1]!.ratio).toBe((1000 * 735000) / 10093121);
  });

  it('brings a population in thousands to the unit of the figure, and a figure in thousands keeps its unit', () => {
    const thousands = [{ period: '2009', value: 8947.243, unit: 'thousand-persons' }];
    expect(perCapita([idps[0]!], thousands)[0]).toEqual({ period: '2009', value: 586000, population: 8947243, ratio: 586000 / 8947243 });
    const inThousands = perCapita([{ period: '2009', value: 586, unit: 'thousand-persons' }], [population[1]!]);
    expect(inThousands[0]!.population).toBe(8947.243);
    expect(inThousands[0]!.ratio).toBeCloseTo(586000 / 8947243, 15);
  });

  it('takes a negative figure (net migration per 1,000 inhabitants)', () => {
    expect(perCapita([{ period: '2009', value: -2000 }], [{ period: '2009', value: 8947243 }], { per: 1000 })[0]!.ratio).toBe((1000 * -2000) / 8947243);
  });

  it('names a period that has no population figure, rather than guessing one', () => {
    const e = thrown(() => perCapita([{ period: '2008-02', value: 579000 }], population));
    expect(e).toBeInstanceOf(HelperRangeError);
    expect(e.message).toBe('perCapita: figures[0].period must be a period that population has a figure for (it has 3: 2022, 2009, 2020); received "2008-02"');
  });

  it('refuses two population figures for one period, a population that is not positive and units that do not count people', () => {
    expect(thrown(() => perCapita(idps, [...population, { period: '2009', value: 1 }])).message).toBe(
      'perCapita: population[3].period must be a period not already in population (it stands at population[1]; give one population figure a period); received "2009"',
    );
    expect((thrown(() => perCapita(idps, [{ period: '2009', value: 0 }])) as HelperRangeError).argument).toBe('population[0].value');
    const e = thrown(() => perCapita([{ period: '2009', value: 6.5, unit: 'percent' }], population)) as HelperRangeError;
    expect([e.argument, e.received]).toEqual(['figures[0].unit', 'percent']);
  });

  it('refuses bad arguments with typed errors that name them', () => {
    expect(thrown(() => perCapita('idps' as never, population))).toBeInstanceOf(HelperTypeError);
    expect((thrown(() => perCapita([], population)) as HelperRangeError).argument).toBe('figures');
    expect((thrown(() => perCapita(idps, population, { per: 0 })) as HelperRangeError).argument).toBe('options.per');
    expect((thrown(() => perCapita(idps, population, { per: Number.NaN })) as HelperRangeError).argument).toBe('options.per');
    expect((thrown(() => perCapita([{ period: '2009', value: Number.POSITIVE_INFINITY }], population)) as HelperRangeError).argument).toBe('figures[0].value');
    expect((thrown(() => perCapita([{ period: 2009, value: 1 } as never], population)) as HelperTypeError).argument).toBe('figures[0].period');
    expect((thrown(() => perCapita(idps, population, null as never)) as HelperTypeError).argument).toBe('options');
    expect((thrown(() => perCapita([{ period: '2009', value: 1e308 }], [{ period: '2009', value: 1e-10 }])) as HelperRangeError).argument).toBe('figures[0].value');
  });
});

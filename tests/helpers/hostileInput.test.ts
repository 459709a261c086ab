import { describe, expect, it } from 'vitest';
import { HelperRangeError, HelperTypeError, changes, checkConsistency, compareSources, convert, dimensionColumns, intervalOf, perPeriodRate, shares, toRows } from 'azerbaijan-data/helpers';
import { dataset, thrown } from './data.js';

// Item 6 of issue 11: no NaN and no wrong number out of a helper; a typed error naming the argument instead.

/** What `f` throws, checked to be a helper error of `type` naming `argument`. */
function helperError(f: () => unknown, type: typeof HelperRangeError | typeof HelperTypeError, argument: string): Error {
  const e = thrown(f);
  expect(e, `${e.name}: ${e.message}`).toBeInstanceOf(type);
  expect((e as HelperRangeError).argument).toBe(argument);
  return e;
}

/** Days in a year or a month, counted with setUTCFullYear (which, unlike Date.UTC, keeps the years 0–99). */
function daysBetween(from: [number, number, number], to: [number, number, number]): number {
  const at = ([y, m, d]: [number, number, number]) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date.getTime();
  };
  return (at(to) - at(from)) / 86_400_000;
}

describe('perPeriodRate', () => {
  it('rounds tiny and huge rates instead of returning NaN', () => {
    expect(perPeriodRate(1e-7, '2011-01', 'month', { decimals: 2 })).toBe(0);
    expect(Object.is(perPeriodRate(-1e-7, '2011-01', 'month', { decimals: 2 }), 0)).toBe(true);
    expect(perPeriodRate(1.5e-7, '2011', 'year', { decimals: 7 })).toBe(2e-7);
    expect(perPeriodRate(-1.5e-7, '2011', 'year', { decimals: 7 })).toBe(-2e-7);
    expect(perPeriodRate(1e-7, '2011', 'year', { decimals: 9 })).toBe(1e-7);
    expect(perPeriodRate(1e300, '2011', 'year', { decimals: 2 })).toBe(1e300);
    expect(perPeriodRate(2.5e21, '2011', 'year', { decimals: 15 })).toBe(2.5e21);
    expect(perPeriodRate(1.005, '2011', 'year', { decimals: 2 })).toBe(1.01);
  });

  it('counts the days and weeks of the years 0000 to 0099 in the Gregorian calendar, not as 1900 to 1999', () => {
    // 0099 and 0100 are common years: 730 days
    expect(perPeriodRate(1, '0099/0100', 'day')).toBe(1 / 730);
    expect(perPeriodRate(1, '0000', 'day')).toBe(1 / 366); // 0000 is a leap year, as 2000
    expect(perPeriodRate(7, '0004', 'week')).toBe(7 / (366 / 7));
    expect(perPeriodRate(29, '0000-02', 'day')).toBe(1);
    for (let y = 0; y < 100; y++) {
      const year = String(y).padStart(4, '0');
      expect(1 / perPeriodRate(1, year, 'day'), year).toBe(daysBetween([y, 1, 1], [y + 1, 1, 1]));
      expect(perPeriodRate(1, `${year}-02`, 'day'), `${year}-02`).toBe(perPeriodRate(1, `${String(y + 400).padStart(4, '0')}-02`, 'day'));
      expect(perPeriodRate(1, `${year}-01-15/${y + 1900}-03-01`, 'day')).toBe(1 / (daysBetween([y, 1, 15], [y + 1900, 3, 2])));
    }
  });
});

describe('checkConsistency', () => {
  const base = (): { id: string; relations: any[]; observations: any[] } => JSON.parse(JSON.stringify(dataset('international-migration')));

  it('refuses a NaN figure, tolerance or discrepancy instead of calling the relation consistent', () => {
    const d = base();
    const r = d.relations.find((x) => x.kind === 'difference')!;
    const i = d.relations.indexOf(r);
    const nanFigure = base();
    nanFigure.observations.find((o) => o.id === r.minuend)!.value = Number.NaN;
    helperError(() => checkConsistency(nanFigure as never), HelperRangeError, `observation "${r.minuend}" (named by dataset.relations[${i}]).value`);
    const nanTolerance = base();
    nanTolerance.relations[i].tolerance = Number.NaN;
    helperError(() => checkConsistency(nanTolerance as never), HelperRangeError, `dataset.relations[${i}].tolerance`);
    const nanDiscrepancy = base();
    nanDiscrepancy.relations[i].discrepancy = { value: Number.NaN, note: 'n' };
    helperError(() => checkConsistency(nanDiscrepancy as never), HelperRangeError, `dataset.relations[${i}].discrepancy.value`);
    const stringFigure = base();
    stringFigure.observations.find((o) => o.id === r.result)!.value = '1';
    helperError(() => checkConsistency(stringFigure as never), HelperTypeError, `observation "${r.result}" (named by dataset.relations[${i}]).value`);
  });

  it('refuses a NaN part of a sum', () => {
    const d = base();
    d.relations.push({ id: 'nan-sum', description: 'd', kind: 'sum', total: { value: Number.NaN, label: 'x' }, parts: [d.observations[0].id], tolerance: 0 });
    helperError(() => checkConsistency(d as never), HelperRangeError, `dataset.relations[${d.relations.length - 1}].total.value`);
  });

  it('refuses a relation whose finite figures overflow (a share of a subnormal whole), found by the fuzz suite', () => {
    const d = base();
    const [a, b, c] = d.observations;
    d.relations = [{ id: 'tiny-whole', description: 'd', kind: 'share', percent: a.id, part: b.id, whole: c.id, tolerance: 0 }];
    c.value = -5e-324;
    helperError(() => checkConsistency(d as never), HelperRangeError, 'dataset.relations[0]');
  });

  it('gives typed errors for a null relation, an unknown kind and a null observation', () => {
    const d = base();
    d.relations[0] = null;
    helperError(() => checkConsistency(d as never), HelperTypeError, 'dataset.relations[0]');
    const e = base();
    e.relations[0].kind = 'product';
    helperError(() => checkConsistency(e as never), HelperRangeError, 'dataset.relations[0].kind');
    const f = base();
    f.observations[1] = null;
    helperError(() => checkConsistency(f as never), HelperTypeError, 'dataset.observations[1]');
  });
});

describe('typed errors instead of bare TypeErrors', () => {
  it('shares of a subnormal stated total: a HelperRangeError, not Infinity (found by the fuzz suite)', () => {
    helperError(() => shares([1], { total: 5e-324, tolerance: 1 }), HelperRangeError, 'options.total');
  });

  it('changes([null]) and a null point later in a series', () => {
    helperError(() => changes([null as never]), HelperTypeError, 'series[0]');
    helperError(() => changes([{ period: '2010', value: 1 }, null as never]), HelperTypeError, 'series[1]');
  });

  it('convert of a bigint or a symbol, on the first call and on a repeated pair of units', () => {
    for (let k = 0; k < 2; k++) {
      helperError(() => convert(1n as never, 'persons', 'thousand-persons'), HelperTypeError, 'value');
      helperError(() => convert(Symbol('x') as never, 'persons', 'thousand-persons'), HelperTypeError, 'value');
    }
    expect(convert(1500, 'persons', 'thousand-persons')).toBe(1.5);
  });

  it('toRows and dimensionColumns of an object that is not a whole dataset', () => {
    helperError(() => toRows({ observations: [] } as never), HelperTypeError, 'dataset');
    const d = JSON.parse(JSON.stringify(dataset('international-migration')));
    d.sources[0] = null;
    helperError(() => toRows(d), HelperTypeError, 'dataset.sources[0]');
    helperError(() => dimensionColumns({} as never), HelperTypeError, 'dataset');
  });

  it('intervalOf of NaN, of a NaN value and of an unknown qualifier', () => {
    helperError(() => intervalOf(Number.NaN as never), HelperTypeError, 'observation');
    helperError(() => intervalOf({ qualifier: 'exact', value: Number.NaN } as never), HelperRangeError, 'observation.value');
    helperError(() => intervalOf({ qualifier: 'range', low: 2, high: 1 } as never), HelperRangeError, 'observation.low');
    helperError(() => intervalOf({ qualifier: 'roughly', value: 1 } as never), HelperRangeError, 'observation.qualifier');
    expect(intervalOf({ qualifier: 'atMost', value: 5 } as never)).toEqual([0, 5]);
  });

  it('compareSources names an unknown qualifier', () => {
    const o = { ...dataset('international-migration').observations[0]!, qualifier: 'roughly' };
    helperError(() => compareSources([o as never]), HelperRangeError, 'observations[0].qualifier');
  });
});

import { describe, expect, it } from 'vitest';
import { changes } from 'azerbaijan-data/helpers';
import { measureSeries, thrown } from './data.js';

describe('changes', () => {
  it('gives the change in departures between the years Table 1 shows, with the gaps in years', () => {
    const result = changes(measureSeries('international-migration', 'departures'));
    const years = [1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010];
    const figures = [137.9, 106.4, 13.2, 15.7, 4.3, 3.8, 3.1, 2.5, 1.4, 0.8];
    expect(result.map((c) => c.from)).toEqual(years.slice(0, -1).map(String));
    expect(result.map((c) => c.to)).toEqual(years.slice(1).map(String));
    expect(result.map((c) => c.years)).toEqual(years.slice(1).map((y, i) => y - years[i]!));
    result.forEach((c, i) => {
      expect(c.fromValue).toBe(figures[i]);
      expect(c.toValue).toBe(figures[i + 1]);
      expect(c.absolute).toBeCloseTo(figures[i + 1]! - figures[i]!, 12);
      expect(c.relative).toBeCloseTo((figures[i + 1]! - figures[i]!) / figures[i]!, 12);
    });
  });

  it('gives the year-on-year change of inward remittances (Table 5, million US$)', () => {
    const result = changes(measureSeries('remittance-flows', 'inward-remittances'));
    const figures = [171, 228, 693, 813, 1287, 1554, 1273, 1472];
    expect(result.map((c) => c.absolute)).toEqual(figures.slice(1).map((v, i) => v - figures[i]!));
    expect(result.every((c) => c.years === 1)).toBe(true);
    expect(result[5]!.relative).toBeCloseTo((1273 - 1554) / 1554, 14);
  });

  it('takes the relative change from a negative figure against its absolute value (net migration turns positive in 2008)', () => {
    const result = changes(measureSeries('international-migration', 'net-migration'));
    const turn = result.find((c) => c.from === '2007')!;
    expect(turn.to).toBe('2008');
    expect(turn.relative).toBeCloseTo((1.1 - -1.1) / 1.1, 12);
  });

  it('gives a null relative change from 0, and the absolute change', () => {
    const [c] = changes([{ period: '2009', value: 0 }, { period: '2010', value: 2 }]);
    expect(c).toEqual({ from: '2009', to: '2010', years: 1, fromValue: 0, toValue: 2, absolute: 2, relative: null });
  });

  it('measures gaps between months and dates in fractions of a year', () => {
    const result = changes([{ period: '2011-01', value: 1 }, { period: '2011-04', value: 2 }, { period: '2012-04', value: 3 }]);
    expect(result[0]!.years).toBeCloseTo(3 / 12, 12);
    expect(result[1]!.years).toBeCloseTo(1, 12);
  });

  it('gives no change for a single point', () => {
    expect(changes([{ period: '2010', value: 1 }])).toEqual([]);
  });

  it('refuses an empty series and what is not an array', () => {
    expect(thrown(() => changes([])).message).toBe('changes: series must be a non-empty array; received an empty array');
    expect(thrown(() => changes([]))).toBeInstanceOf(RangeError);
    expect(thrown(() => changes('1990' as never))).toBeInstanceOf(TypeError);
  });

  it('refuses periods out of order or duplicated, naming the point', () => {
    const e = thrown(() => changes([{ period: '1991', value: 1 }, { period: '1990', value: 2 }]));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('changes: series[1].period must be a period after series[0].period "1991" (sort the series by period first); received "1990"');
    const d = thrown(() => changes([{ period: '1990', value: 1 }, { period: '1991', value: 2 }, { period: '1991', value: 3 }]));
    expect(d.message).toBe('changes: series[2].period must be a period not already in the series (duplicates series[1].period "1991"); received "1991"');
  });

  it('refuses non-finite values, bad periods, mixed units and ranges', () => {
    expect(thrown(() => changes([{ period: '1990', value: 1 }, { period: '1991', value: Number.NaN }])).message).toBe('changes: series[1].value must be a finite number; received NaN');
    expect(thrown(() => changes([{ period: '1990', value: 1 }, { period: '1991-00', value: 2 }])).message).toMatch(/^changes: series\[1\]\.period must be an ISO 8601 period.*received "1991-00"$/);
    const mixed = [...measureSeries('international-migration', 'departures').slice(0, 5), ...measureSeries('departures-by-country', 'departures').slice(-1)];
    expect(thrown(() => changes(mixed)).message).toBe('changes: series[5].unit must be "thousand-persons", the unit of the points before it (convert first); received "persons"');
    expect(thrown(() => changes([{ period: '1990', value: 1 }, { period: '1991', low: 1, high: 2, qualifier: 'range' } as never]))).toBeInstanceOf(TypeError);
    expect(thrown(() => changes([null as never]))).toBeInstanceOf(TypeError);
  });
});

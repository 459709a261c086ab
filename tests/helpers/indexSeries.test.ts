import { describe, expect, it } from 'vitest';
import { indexSeries } from 'azerbaijan-data/helpers';
import { measureSeries, thrown } from './data.js';

describe('indexSeries', () => {
  it('rebases inward remittances to 2003 = 100 (Table 5: 171 → 1,472 million US$)', () => {
    const result = indexSeries(measureSeries('remittance-flows', 'inward-remittances'), '2003');
    const figures = [171, 228, 693, 813, 1287, 1554, 1273, 1472];
    expect(result.map((p) => p.period)).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010']);
    expect(result.map((p) => p.value)).toEqual(figures);
    result.forEach((p, i) => expect(p.index).toBeCloseTo((100 * figures[i]!) / 171, 10));
    expect(result[0]!.index).toBe(100);
  });

  it('rebases to a base in the middle of the series (departures, Table 1, 2003 = 100)', () => {
    const result = indexSeries(measureSeries('international-migration', 'departures'), '2003');
    expect(result.find((p) => p.period === '2003')!.index).toBe(100);
    expect(result[0]!.index).toBeCloseTo((100 * 137.9) / 3.8, 10);
    expect(result.at(-1)!.index).toBeCloseTo((100 * 0.8) / 3.8, 10);
  });

  it('refuses a base period that is not in the series', () => {
    const e = thrown(() => indexSeries(measureSeries('international-migration', 'departures'), '1995'));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('indexSeries: basePeriod must be a period of the series (from "1990" to "2010"); received "1995"');
    expect(thrown(() => indexSeries([{ period: '2010', value: 1 }], 2010 as never))).toBeInstanceOf(TypeError);
  });

  it('refuses a negative or zero base: net migration was −53.6 thousand in 1990', () => {
    const e = thrown(() => indexSeries(measureSeries('international-migration', 'net-migration'), '1990'));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toMatch(/^indexSeries: series\[0\]\.value must be a positive number, being the value at basePeriod "1990".*; received -53\.6$/);
    expect(thrown(() => indexSeries([{ period: '2010', value: 0 }], '2010'))).toBeInstanceOf(RangeError);
  });

  it('refuses an empty series, unordered or duplicated periods, non-finite values and mixed units', () => {
    expect(thrown(() => indexSeries([], '2010')).message).toBe('indexSeries: series must be a non-empty array; received an empty array');
    expect(thrown(() => indexSeries([{ period: '2010', value: 1 }, { period: '2003', value: 1 }], '2010'))).toBeInstanceOf(RangeError);
    expect(thrown(() => indexSeries([{ period: '2010', value: 1 }, { period: '2010', value: 1 }], '2010')).message).toMatch(/duplicates series\[0\]\.period "2010"/);
    expect(thrown(() => indexSeries([{ period: '2010', value: Infinity }], '2010')).message).toBe('indexSeries: series[0].value must be a finite number; received Infinity');
    expect(thrown(() => indexSeries([{ period: '2009', value: 1, unit: 'persons' }, { period: '2010', value: 1, unit: 'thousand-persons' }], '2010'))).toBeInstanceOf(RangeError);
  });
});

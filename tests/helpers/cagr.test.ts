import { describe, expect, it } from 'vitest';
import { cagr } from 'azerbaijan-data/helpers';
import { observation, thrown } from './data.js';

describe('cagr', () => {
  it('gives the compound annual growth of inward remittances 2003–2010 (Table 5: 171 → 1,472 million US$ in 7 years)', () => {
    const r = cagr(observation('remittance-flows', 'inward-remittances-2003'), observation('remittance-flows', 'inward-remittances-2010'));
    expect(r).toBeCloseTo((1472 / 171) ** (1 / 7) - 1, 14);
  });

  it('spans the uneven gap of Table 1 from 1991 to 1996 as five years (arrivals 66.3 → 5.8 thousand)', () => {
    const r = cagr(observation('international-migration', 'arrivals-1991'), observation('international-migration', 'arrivals-1996'));
    expect(r).toBeCloseTo((5.8 / 66.3) ** (1 / 5) - 1, 14);
  });

  it('takes plain points, with years or dates as periods', () => {
    expect(cagr({ period: '2003', value: 171 }, { period: '2010', value: 1472 })).toBeCloseTo((1472 / 171) ** (1 / 7) - 1, 14);
    // one year between two dates on the same day of the month
    expect(cagr({ period: '2011-04-01', value: 100 }, { period: '2012-04-01', value: 121 })).toBeCloseTo(0.21, 12);
    // two years between the middle of 2009 and the middle of 2011
    expect(cagr({ period: '2009', value: 100 }, { period: '2011', value: 121 })).toBeCloseTo(0.1, 12);
  });

  it('gives −1 when the figure falls to zero', () => {
    expect(cagr({ period: '2009', value: 5 }, { period: '2010', value: 0 })).toBe(-1);
  });

  it('refuses compounding from a negative figure: net migration −53.6 thousand in 1990', () => {
    const e = thrown(() => cagr(observation('international-migration', 'net-migration-1990'), observation('international-migration', 'net-migration-2010')));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toMatch(/^cagr: start\.value must be a positive number.*; received -53\.6$/);
  });

  it('refuses a start of zero and a negative end', () => {
    expect(thrown(() => cagr({ period: '2003', value: 0 }, { period: '2010', value: 1 })).message).toMatch(/^cagr: start\.value .*received 0$/);
    expect(thrown(() => cagr({ period: '2003', value: 1 }, { period: '2010', value: -1 })).message).toMatch(/^cagr: end\.value .*received -1$/);
  });

  it('refuses an end that is not after the start', () => {
    expect(thrown(() => cagr({ period: '2010', value: 1 }, { period: '2003', value: 2 })).message).toBe('cagr: end.period must be a period after start.period "2010"; received "2003"');
    expect(thrown(() => cagr({ period: '2010', value: 1 }, { period: '2010', value: 2 }))).toBeInstanceOf(RangeError);
  });

  it('refuses non-finite values, bad periods, range observations and mixed units', () => {
    expect(thrown(() => cagr({ period: '2003', value: Number.NaN }, { period: '2010', value: 1 })).message).toBe('cagr: start.value must be a finite number; received NaN');
    expect(thrown(() => cagr({ period: '2003', value: 1 }, { period: '2010', value: Infinity }))).toBeInstanceOf(RangeError);
    expect(thrown(() => cagr({ period: '2003-13', value: 1 }, { period: '2010', value: 2 })).message).toMatch(/^cagr: start\.period must be an ISO 8601 period.*; received "2003-13"$/);
    expect(thrown(() => cagr({ period: 2003 as unknown as string, value: 1 }, { period: '2010', value: 2 }))).toBeInstanceOf(TypeError);
    const range = { id: 'x', measure: 'm', qualifier: 'range', low: 1, high: 2, unit: 'persons', period: '2003', dimensions: {}, source: 's', locator: { section: 's' }, quote: '1', asWritten: '1' } as const;
    expect(thrown(() => cagr(range, { period: '2010', value: 2 }))).toBeInstanceOf(TypeError);
    expect(thrown(() => cagr(range, { period: '2010', value: 2 })).message).toMatch(/^cagr: start\.value must be a number \(a range observation/);
    const e = thrown(() => cagr(observation('international-migration', 'departures-2003'), observation('departures-by-country', 'departures-total-2010')));
    expect(e.message).toBe('cagr: end.unit must be "thousand-persons", the unit of start (convert first); received "persons"');
  });
});

import { describe, expect, it } from 'vitest';
import { HelperRangeError, HelperTypeError, growthRate } from 'azerbaijan-data/helpers';
import { observation, thrown, valueOf } from './data.js';

describe('growthRate', () => {
  it('gives the fall in arrivals for permanent residence from 1990 to 1991 (Table 1: 84.3 → 66.3 thousand)', () => {
    const r = growthRate(valueOf(observation('international-migration', 'arrivals-1990')), valueOf(observation('international-migration', 'arrivals-1991')));
    expect(r).toBe((66.3 - 84.3) / 84.3);
  });

  it('gives the fall in inward remittances from 2008 to 2009 (Table 5: 1,554 → 1,273 million US$)', () => {
    const r = growthRate(valueOf(observation('remittance-flows', 'inward-remittances-2008')), valueOf(observation('remittance-flows', 'inward-remittances-2009')));
    expect(r).toBeCloseTo((1273 - 1554) / 1554, 15);
  });

  it('keeps the sign of the change from a negative figure: net migration −1.1 (2007) → 1.1 thousand (2008) is +200 %', () => {
    const r = growthRate(valueOf(observation('international-migration', 'net-migration-2007')), valueOf(observation('international-migration', 'net-migration-2008')));
    expect(r).toBeCloseTo((1.1 - -1.1) / 1.1, 15);
    expect(r).toBeGreaterThan(0);
  });

  it('is 0 for no change and −1 for a fall to zero', () => {
    expect(growthRate(2.2, 2.2)).toBe(0);
    expect(growthRate(2.2, 0)).toBe(-1);
  });

  it('refuses growth from 0 with a RangeError naming the function, the argument and the value', () => {
    const e = thrown(() => growthRate(0, 84.3));
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toBeInstanceOf(HelperRangeError);
    expect(e.message).toMatch(/^growthRate: from must be .*other than 0.*; received 0$/);
  });

  it('refuses non-finite numbers with a RangeError', () => {
    expect(thrown(() => growthRate(Number.NaN, 1)).message).toBe('growthRate: from must be a finite number; received NaN');
    expect(thrown(() => growthRate(1, Infinity)).message).toBe('growthRate: to must be a finite number; received Infinity');
    expect(thrown(() => growthRate(1, -Infinity))).toBeInstanceOf(RangeError);
  });

  it('refuses what is not a number with a TypeError', () => {
    const e = thrown(() => growthRate('84.3' as unknown as number, 66.3));
    expect(e).toBeInstanceOf(TypeError);
    expect(e).toBeInstanceOf(HelperTypeError);
    expect(e.message).toBe('growthRate: from must be a number; received "84.3"');
    expect(thrown(() => growthRate(1, undefined as unknown as number))).toBeInstanceOf(TypeError);
  });
});

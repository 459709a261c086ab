import { describe, expect, it } from 'vitest';
import { cagr, changes, convert, growthRate, indexSeries, perPeriodRate, shares } from 'azerbaijan-data/helpers';
import { thrown } from './data.js';

// Finite input whose result does not fit in a double: an error, never Infinity.
describe('results that overflow', () => {
  it('growthRate from a tiny figure', () => {
    const e = thrown(() => growthRate(5e-324, 1));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('growthRate: from must be a number whose result is finite (the computation overflows); received 5e-324');
  });

  it('cagr over a huge ratio', () => {
    expect(thrown(() => cagr({ period: '2010-01-01', value: 5e-324 }, { period: '2010-01-02', value: 1e300 })).message).toMatch(/^cagr: start\.value .*overflows.*; received 5e-324$/);
  });

  it('changes between figures of opposite sign near the largest double', () => {
    expect(thrown(() => changes([{ period: '2009', value: -1.7e308 }, { period: '2010', value: 1.7e308 }])).message).toMatch(/^changes: series\[1\]\.value must be a number whose change from series\[0\]\.value .*overflows.*; received 1\.7e\+308$/);
  });

  it('indexSeries on a tiny base', () => {
    expect(thrown(() => indexSeries([{ period: '2009', value: 5e-324 }, { period: '2010', value: 1e300 }], '2009')).message).toMatch(/^indexSeries: series\[1\]\.value .*overflows/);
  });

  it('shares whose sum overflows', () => {
    expect(thrown(() => shares([1.7e308, 1.7e308])).message).toBe('shares: the sum of parts must be a finite number (the parts are too large to add up); received Infinity');
  });

  it('perPeriodRate of a huge total over one day, in months', () => {
    expect(thrown(() => perPeriodRate(1.7e308, '2011-01-01', 'month'))).toBeInstanceOf(RangeError);
  });

  it('convert of a huge figure to a smaller unit', () => {
    expect(thrown(() => convert(1e305, 'billion-usd', 'usd')).message).toMatch(/^convert: value .*overflows.*; received 1e\+305$/);
  });
});

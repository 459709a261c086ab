import { describe, expect, it } from 'vitest';
import { periodToYears } from 'azerbaijan-data/helpers';
import { thrown } from './data.js';

describe('periodToYears', () => {
  it('places a year at its middle, so that years are as far apart as their difference', () => {
    expect(periodToYears('2003')).toBe(2003.5);
    expect(periodToYears('1996') - periodToYears('1991')).toBe(5);
  });

  it('places a month at its middle in twelfths of a year', () => {
    expect(periodToYears('2011-04')).toBeCloseTo(2011 + 3.5 / 12, 12);
    expect(periodToYears('2008-02') - periodToYears('2007-03')).toBeCloseTo(11 / 12, 12);
  });

  it('places a day at its middle, as a fraction of its month', () => {
    expect(periodToYears('2011-04-01')).toBeCloseTo(2011 + (3 + 0.5 / 30) / 12, 12);
    expect(periodToYears('2012-02-29')).toBeCloseTo(2012 + (1 + 28.5 / 29) / 12, 12);
  });

  it('places an interval at the middle of its whole span', () => {
    expect(periodToYears('1988/1992')).toBe(1990.5);
    expect(periodToYears('2011-01/2011-11')).toBeCloseTo(2011 + 5.5 / 12, 12);
    expect(periodToYears('2011-01-01/2011-11-30')).toBeCloseTo(2011 + 5.5 / 12, 12);
    expect(periodToYears('2011-12/2012')).toBeCloseTo(2012 + 5.5 / 12, 12);
  });

  it('refuses what is not an ISO 8601 period', () => {
    for (const bad of ['', '203', '2011-13', '2011-00', '2011-02-29', '2011-04-31', '2011-1', '2011/', '/2011', '2010/2003', '2011-04-01/2011-03-31', '2011 ', 'year']) {
      const e = thrown(() => periodToYears(bad));
      expect(e, bad).toBeInstanceOf(RangeError);
      expect(e.message).toBe(`periodToYears: period must be an ISO 8601 period: a year "2010", a month "2011-04", a date "2011-04-01" or an interval "2011-01/2011-11"; received ${JSON.stringify(bad)}`);
    }
    expect(thrown(() => periodToYears(2003 as never))).toBeInstanceOf(TypeError);
  });
});

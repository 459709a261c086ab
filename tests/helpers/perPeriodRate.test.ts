import { describe, expect, it } from 'vitest';
import { perPeriodRate } from 'azerbaijan-data/helpers';
import { observation, thrown, valueOf } from './data.js';

const ds = 'state-migration-service-2011';

describe('perPeriodRate', () => {
  it('reproduces the source\'s "per month: 4,386.4" for the 48,250 applications of January–November 2011', () => {
    const applications = observation(ds, 'applications-received');
    const perMonth = observation(ds, 'applications-received-per-month');
    const rate = perPeriodRate(valueOf(applications), applications.period, 'month');
    expect(rate).toBeCloseTo(48250 / 11, 12);
    expect(Math.round(rate * 10) / 10).toBe(valueOf(perMonth));
    expect(perPeriodRate(valueOf(applications), applications.period, 'month', { decimals: 1 })).toBe(4386.4);
    expect(perPeriodRate(48250, '2011-01/2011-11', 'month', { decimals: 1 })).toBe(4386.4);
  });

  it('reproduces the other per-month figures of the State Migration Service, within the source\'s last digit', () => {
    for (const id of ['immigration-law-violations', 'regularizations', 'return-decisions-issued', 'removals']) {
      const total = observation(ds, id);
      const rate = perPeriodRate(valueOf(total), total.period, 'month');
      expect(rate).toBeCloseTo(valueOf(total) / 11, 12);
      // 2,139 / 11 = 194.45…, which the source writes 194.4: within 0.1
      expect(Math.abs(rate - valueOf(observation(ds, `${id}-per-month`)))).toBeLessThanOrEqual(0.1);
    }
  });

  it('counts days, weeks, quarters and years in the calendar, both ends included', () => {
    expect(perPeriodRate(365, '2011', 'day')).toBe(1);
    expect(perPeriodRate(366, '2012', 'day')).toBe(1);
    expect(perPeriodRate(334, '2011-01/2011-11', 'day')).toBe(1);
    expect(perPeriodRate(334, '2011-01-01/2011-11-30', 'day')).toBe(1);
    expect(perPeriodRate(70, '2011-01-01/2011-03-11', 'week')).toBe(70 / (70 / 7));
    expect(perPeriodRate(12, '2011', 'quarter')).toBe(3);
    expect(perPeriodRate(60, '1988/1992', 'year')).toBe(12);
    expect(perPeriodRate(11, '2011-01/2011-11', 'year')).toBeCloseTo(12, 12);
  });

  it('counts a day as a fraction of its month', () => {
    // 15 February to 14 March 2011: 14 of February's 28 days and 14 of March's 31
    expect(perPeriodRate(1, '2011-02-15/2011-03-14', 'month')).toBeCloseTo(1 / (14 / 28 + 14 / 31), 12);
  });

  it('rounds half away from zero', () => {
    expect(perPeriodRate(1.005, '2011', 'year', { decimals: 2 })).toBe(1.01);
    expect(perPeriodRate(-1.005, '2011', 'year', { decimals: 2 })).toBe(-1.01);
    expect(perPeriodRate(2139, '2011-01/2011-11', 'month', { decimals: 0 })).toBe(194);
  });

  it('refuses a non-finite total, a bad period, an unknown time unit and bad decimals', () => {
    expect(thrown(() => perPeriodRate(Number.NaN, '2011', 'month')).message).toBe('perPeriodRate: total must be a finite number; received NaN');
    expect(thrown(() => perPeriodRate('48250' as never, '2011', 'month'))).toBeInstanceOf(TypeError);
    const e = thrown(() => perPeriodRate(48250, '2011-11/2011-01', 'month'));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toMatch(/^perPeriodRate: period must be an ISO 8601 period.*; received "2011-11\/2011-01"$/);
    expect(thrown(() => perPeriodRate(48250, '2011-11-31', 'day'))).toBeInstanceOf(RangeError);
    expect(thrown(() => perPeriodRate(48250, 2011 as never, 'day'))).toBeInstanceOf(TypeError);
    expect(thrown(() => perPeriodRate(48250, '2011', 'fortnight' as never)).message).toBe("perPeriodRate: unit must be one of 'day', 'week', 'month', 'quarter', 'year'; received \"fortnight\"");
    expect(thrown(() => perPeriodRate(48250, '2011', 1 as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => perPeriodRate(48250, '2011', 'month', { decimals: 1.5 })).message).toBe('perPeriodRate: options.decimals must be an integer from 0 to 15; received 1.5');
  });
});

import { describe, expect, it } from 'vitest';
import { compareSources } from 'azerbaijan-data/helpers';
import type { Observation } from 'azerbaijan-data';
import { dataset, observation, thrown } from './data.js';

const idps = (): Observation[] => [
  observation('nrc-displacement', 'idps'),
  ...dataset('idp-estimates-idmc').observations,
  observation('refugees-idps-asylum-seekers-2008', 'idps-2008-02'),
];

const byMeasureOf = (datasetId: string, measure: string): Observation[] => dataset(datasetId).observations.filter((o) => o.measure === measure);

describe('compareSources', () => {
  it('compares like with like: the four IDP statements are of four periods, so four groups of one and no median across years', () => {
    // NRC 570 000 (2002), UNHCR 579,000 (2006), the Government 687,000 (March 2007), the MFA up to 700,000 (February 2008)
    const c = compareSources(idps());
    expect(c.measure).toBe('idps');
    expect(c.unit).toBe('persons');
    expect(c.estimates.map((e) => [e.period, e.qualifier])).toEqual([
      ['2002', 'exact'],
      ['2006', 'exact'],
      ['2007-03', 'exact'],
      ['2008-02', 'atMost'],
    ]);
    expect(c.estimates.map((e) => e.attribution)).toEqual([null, 'unhcr', 'government-of-azerbaijan', 'mfa-azerbaijan']);
    expect(c.estimates.map((e) => e.interval)).toEqual([[570000, 570000], [579000, 579000], [687000, 687000], [0, 700000]]);
    expect(c.estimates.map((e) => e.point)).toEqual([570000, 579000, 687000, 700000]);
    expect(c.groups.map((g) => [g.period, g.estimates.length, g.min, g.median, g.max])).toEqual([
      ['2002', 1, 570000, 570000, 570000],
      ['2006', 1, 579000, 579000, 579000],
      ['2007-03', 1, 687000, 687000, 687000],
      ['2008-02', 1, 700000, 700000, 700000],
    ]);
    // each figure alone in its period: no deviation from a median of other years
    expect(c.estimates.map((e) => e.deviation)).toEqual([0, 0, 0, 0]);
    expect(c.series).toEqual([]);
    expect(c.newestPeriod).toBe('2008-02');
    expect(c).not.toHaveProperty('median');
    expect(c.estimates.every((e) => !e.approximate)).toBe(true);
  });

  it('sets the statements of one period against each other: refugees and IDPs in 1994, three statements of the country report', () => {
    // about 1,000,000; 947,586; nearly one million and a half (attributed to the Government)
    const c = compareSources(byMeasureOf('displacement-history', 'refugees-and-idps'));
    expect(c.groups).toHaveLength(1);
    const g = c.groups[0]!;
    expect([g.period, g.dimensions]).toEqual(['1994', {}]);
    expect(g.estimates.map((e) => e.point)).toEqual([947586, 1000000, 1500000]);
    expect([g.min, g.median, g.max, g.overlap]).toEqual([947586, 1000000, 1500000, false]);
    expect(g.spread).toBe(1500000 / 947586);
    expect(g.estimates.map((e) => e.deviation)).toEqual([947586 - 1000000, 0, 500000]);
    expect(g.estimates.map((e) => e.relativeDeviation)).toEqual([(947586 - 1000000) / 1000000, 0, 0.5]);
    // one source, one period: no series
    expect(c.series).toEqual([]);
  });

  it('shows one source\'s figures of several periods as a series: inward remittances, 1997–2010, in million US dollars', () => {
    const inflows = [...byMeasureOf('remittance-flows', 'inward-remittances'), ...byMeasureOf('remittances-statements', 'inward-remittances').filter((o) => o.unit === 'million-usd')];
    const c = compareSources(inflows);
    expect(c.unit).toBe('million-usd');
    expect(c.series).toHaveLength(1);
    const s = c.series[0]!;
    expect([s.source, s.attribution, s.periods]).toEqual(['migration-country-report-azerbaijan', 'world-bank-factbook-2011', 9]);
    expect(s.estimates.map((e) => e.period)).toEqual(['1997', '2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010']);
    expect([s.first.period, s.first.point, s.last.period, s.last.point]).toEqual(['1997', 38.2, '2010', 1472]);
    expect(s.change).toBe(1472 - 38.2);
    expect(s.growth).toBe((1472 - 38.2) / 38.2);
    // nine periods, nine groups of one: never a median or a spread over one source's years
    expect(c.groups.every((g) => g.estimates.length === 1 && g.spread === 1)).toBe(true);
    expect(c.newestPeriod).toBe('2010');
  });

  it('keeps each figure in its source\'s unit: mixed units are refused unless options.unit asks for a conversion', () => {
    const table1 = observation('international-migration', 'departures-2003'); // 3.8 thousand
    const table2 = observation('departures-by-country', 'departures-total-2003'); // 3754 persons
    const e = thrown(() => compareSources([table1, table2]));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toMatch(/^compareSources: observations\[1\]\.unit must be "thousand-persons", the unit of the observations before it \(.*pass options\.unit to convert\); received "persons"$/);
    expect(compareSources([table1]).estimates[0]!.point).toBe(3.8);
    expect(compareSources([table1]).unit).toBe('thousand-persons');
    const c = compareSources([table1, table2], { unit: 'persons' });
    expect(c.unit).toBe('persons');
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0]!.estimates.map((x) => x.point).sort((a, b) => a! - b!)).toEqual([3754, 3.8 * 1000]);
    expect(c.groups[0]!.spread).toBeCloseTo(3800 / 3754, 14);
    const inMillions = compareSources(byMeasureOf('remittances-statements', 'inward-remittances'), { unit: 'million-usd' });
    expect(inMillions.estimates.map((x) => [x.period, x.point])).toEqual([['1997', 38.2], ['2010', 1500]]);
  });

  it('a series whose first or last period holds two different figures has no change; two equal ones count as one', () => {
    const net = compareSources([...byMeasureOf('international-migration', 'net-migration'), ...byMeasureOf('net-migration-summary', 'net-migration').filter((o) => o.unit === 'thousand-persons')]);
    expect(net.series).toHaveLength(1);
    const s = net.series[0]!;
    expect([s.periods, s.estimates.length]).toEqual([10, 12]);
    // 1991 and 2010 are stated twice, with the same figure (-40.1 and 1.4 thousand): one period each
    expect(net.groups.filter((g) => g.estimates.length === 2).map((g) => [g.period, g.min, g.max])).toEqual([['1991', -40.1, -40.1], ['2010', 1.4, 1.4]]);
    expect([s.first.point, s.last.point, s.change]).toEqual([-53.6, 1.4, 1.4 - -53.6]);
    const last = observation('international-migration', 'net-migration-2010');
    const other = { ...last, id: 'net-migration-2010-other', value: 2.4 } as Observation;
    const twoFigures = compareSources([observation('international-migration', 'net-migration-2009'), last, other]);
    expect(twoFigures.series[0]!.periods).toBe(2);
    expect([twoFigures.series[0]!.change, twoFigures.series[0]!.growth]).toEqual([null, null]);
  });

  it('compares like dimensions only: arrivals by country are one series per country, never set against each other', () => {
    const c = compareSources(byMeasureOf('arrivals-by-country', 'arrivals'));
    const countries = new Set(dataset('arrivals-by-country').observations.map((o) => JSON.stringify(o.dimensions)));
    expect(c.series).toHaveLength(countries.size);
    expect(c.groups.every((g) => g.estimates.length === 1)).toBe(true);
    expect(c.groups.every((g) => g.estimates.every((e) => JSON.stringify(e.observation.dimensions) === JSON.stringify(g.dimensions)))).toBe(true);
    const russia = c.series.find((s) => s.dimensions.country === 'RU')!;
    expect(russia.estimates.every((e) => e.observation.dimensions.country === 'RU')).toBe(true);
  });

  it('groups periods by the span they cover: "2010" and "2010-01/2010-12" are one period', () => {
    const base = observation('nrc-displacement', 'idps');
    const c = compareSources([
      { ...base, id: 'a', period: '2010', value: 1 } as Observation,
      { ...base, id: 'b', period: '2010-01/2010-12', source: 'other', value: 3 } as Observation,
      { ...base, id: 'c', period: '2010-12', source: 'other', value: 2 } as Observation,
    ]);
    expect(c.groups.map((g) => [g.period, g.estimates.map((e) => e.observation.id)])).toEqual([['2010', ['a', 'b']], ['2010-12', ['c']]]);
    expect(c.newestPeriod).toBe('2010-12');
  });

  it('turns each qualifier into its interval, flags approximate figures and leaves ranges out of the point figures', () => {
    const base = observation('nrc-displacement', 'idps');
    const make = (id: string, q: object): Observation => ({ ...base, id, ...q }) as Observation;
    const c = compareSources([
      make('a', { qualifier: 'approximate', value: 600000 }),
      make('b', { qualifier: 'atLeast', value: 550000 }),
      make('c', { qualifier: 'range', low: 579000, high: 687000, value: undefined }),
      make('d', { qualifier: 'atMost', value: 700000 }),
    ]);
    const byId = new Map(c.estimates.map((e) => [e.observation.id, e]));
    expect(byId.get('a')!.interval).toEqual([600000, 600000]);
    expect(byId.get('a')!.approximate).toBe(true);
    expect(byId.get('b')!.interval).toEqual([550000, Infinity]);
    expect(byId.get('c')!.interval).toEqual([579000, 687000]);
    expect(byId.get('c')!.point).toBeNull();
    expect(byId.get('d')!.interval).toEqual([0, 700000]);
    // one period: one group; point figures 550000, 600000, 700000: the range invents no midpoint
    expect(c.groups).toHaveLength(1);
    const g = c.groups[0]!;
    expect([g.min, g.median, g.max]).toEqual([550000, 600000, 700000]);
    expect(byId.get('c')!.deviation).toBe(0);
    expect(g.overlap).toBe(true);
  });

  it('reports a range that misses the median by its nearer end, and no point figures as null', () => {
    const base = observation('nrc-displacement', 'idps');
    const c = compareSources([{ ...base, qualifier: 'range', low: 1, high: 2 } as Observation]);
    const g = c.groups[0]!;
    expect([g.min, g.max, g.median, g.spread]).toEqual([null, null, null, null]);
    expect(c.estimates[0]!.deviation).toBeNull();
    expect(g.overlap).toBe(true);
  });

  it('does not depend on the order of its input', () => {
    const forward = compareSources(idps());
    expect(compareSources([...idps()].reverse())).toEqual(forward);
    const net = [...byMeasureOf('international-migration', 'net-migration'), ...byMeasureOf('net-migration-summary', 'net-migration')];
    expect(compareSources([...net].reverse(), { unit: 'persons' })).toEqual(compareSources(net, { unit: 'persons' }));
  });

  it('refuses an empty list, mixed measures and units that do not convert', () => {
    expect(thrown(() => compareSources([])).message).toBe('compareSources: observations must be a non-empty array; received an empty array');
    const e = thrown(() => compareSources([observation('nrc-displacement', 'idps'), observation('nrc-displacement', 'refugees')]));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('compareSources: observations[1].measure must be "idps", the measure of observations[0] (compare one measure at a time); received "refugees"');
    const nrc = observation('nrc-displacement', 'idps');
    const inUsd = { ...nrc, id: 'usd', unit: 'usd' } as Observation;
    expect(thrown(() => compareSources([nrc, inUsd])).message).toMatch(/^compareSources: observations\[1\]\.unit must be "persons".*received "usd"$/);
    expect(thrown(() => compareSources([nrc, inUsd], { unit: 'persons' })).message).toMatch(/^compareSources: observations\[\]\.unit must be a unit convertible to "persons".*received "usd"$/);
    expect(thrown(() => compareSources([{ ...nrc, unit: 'acres' } as unknown as Observation])).message).toBe('compareSources: observations[0].unit must be a unit of the model; received "acres"');
    expect(thrown(() => compareSources([nrc], { unit: 'km2' })).message).toBe('compareSources: options.unit must be a unit that "persons" converts to; received "km2"');
    expect(thrown(() => compareSources([{ ...nrc, dimensions: null } as unknown as Observation]))).toBeInstanceOf(TypeError);
    expect(thrown(() => compareSources([{ value: 1 } as never]))).toBeInstanceOf(TypeError);
    expect(thrown(() => compareSources('idps' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => compareSources([{ ...nrc, value: Number.NaN } as Observation]))).toBeInstanceOf(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { compareSources } from 'azerbaijan-data/helpers';
import type { Observation } from 'azerbaijan-data';
import { dataset, observation, thrown } from './data.js';

const idps = (): Observation[] => [
  observation('nrc-displacement', 'idps'),
  ...dataset('idp-estimates-idmc').observations,
  observation('refugees-idps-asylum-seekers-2008', 'idps-2008-02'),
];

describe('compareSources', () => {
  it('compares the IDP estimates: NRC 570 000, UNHCR 579,000, the Government 687,000, the MFA up to 700,000', () => {
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
    const median = (579000 + 687000) / 2;
    expect([c.min, c.max, c.median]).toEqual([570000, 700000, median]);
    expect(c.spread).toBe(700000 / 570000);
    expect(c.estimates.map((e) => e.deviation)).toEqual([570000 - median, 579000 - median, 687000 - median, 700000 - median]);
    expect(c.estimates.map((e) => e.relativeDeviation)).toEqual([570000, 579000, 687000, 700000].map((v) => (v - median) / median));
    expect(c.overlap).toBe(false);
    expect(c.estimates.every((e) => !e.approximate)).toBe(true);
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
    // point figures 550000, 600000, 700000: the range invents no midpoint
    expect([c.min, c.median, c.max]).toEqual([550000, 600000, 700000]);
    expect(byId.get('c')!.deviation).toBe(0);
    expect(c.overlap).toBe(true);
  });

  it('reports a range that misses the median by its nearer end, and no point figures as null', () => {
    const base = observation('nrc-displacement', 'idps');
    const c = compareSources([{ ...base, qualifier: 'range', low: 1, high: 2 } as Observation]);
    expect([c.min, c.max, c.median, c.spread]).toEqual([null, null, null, null]);
    expect(c.estimates[0]!.deviation).toBeNull();
    expect(c.overlap).toBe(true);
  });

  it('converts thousand-persons to persons: departures in 2003, Table 1 (3.8 thousand) against Table 2 (3754)', () => {
    const c = compareSources([observation('international-migration', 'departures-2003'), observation('departures-by-country', 'departures-total-2003')]);
    expect(c.unit).toBe('persons');
    expect(c.estimates.map((e) => e.point).sort((a, b) => a! - b!)).toEqual([3754, 3.8 * 1000]);
    expect(c.spread).toBeCloseTo(3800 / 3754, 14);
    expect(compareSources([observation('international-migration', 'departures-2003')], { unit: 'persons' }).estimates[0]!.point).toBe(3800);
  });

  it('does not depend on the order of its input', () => {
    const forward = compareSources(idps());
    expect(compareSources([...idps()].reverse())).toEqual(forward);
  });

  it('refuses an empty list, mixed measures and units that do not convert', () => {
    expect(thrown(() => compareSources([])).message).toBe('compareSources: observations must be a non-empty array; received an empty array');
    const e = thrown(() => compareSources([observation('nrc-displacement', 'idps'), observation('nrc-displacement', 'refugees')]));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('compareSources: observations[1].measure must be "idps", the measure of observations[0] (compare one measure at a time); received "refugees"');
    const nrc = observation('nrc-displacement', 'idps');
    const inUsd = { ...nrc, id: 'usd', unit: 'usd' } as Observation;
    expect(thrown(() => compareSources([nrc, inUsd])).message).toMatch(/^compareSources: observations\[\]\.unit must be a unit convertible to "persons".*received "usd"$/);
    expect(thrown(() => compareSources([{ ...nrc, unit: 'acres' } as unknown as Observation])).message).toBe('compareSources: observations[].unit must be a unit of the model; received "acres"');
    expect(thrown(() => compareSources([nrc], { unit: 'km2' })).message).toBe('compareSources: options.unit must be a unit that "persons" converts to; received "km2"');
    expect(thrown(() => compareSources([{ value: 1 } as never]))).toBeInstanceOf(TypeError);
    expect(thrown(() => compareSources('idps' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => compareSources([{ ...nrc, value: Number.NaN } as Observation]))).toBeInstanceOf(RangeError);
  });
});

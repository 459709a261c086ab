import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Observation } from 'azerbaijan-data';
import { cagr, changes, compareSources, convert, growthRate, indexSeries, periodToYears, shares } from 'azerbaijan-data/helpers';

/** Whether two numbers agree to a relative precision (or an absolute one near zero). */
const close = (a: number, b: number, precision = 1e-9): boolean => Math.abs(a - b) <= precision * Math.max(1, Math.abs(a), Math.abs(b));

const figure = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
const signed = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const year = fc.integer({ min: 1000, max: 9999 });

/** A series of distinct, increasing years with positive figures. */
const series = fc
  .uniqueArray(year, { minLength: 1, maxLength: 40 })
  .chain((years) => fc.tuple(fc.constant(years.sort((a, b) => a - b)), fc.array(figure, { minLength: years.length, maxLength: years.length })))
  .map(([years, values]) => years.map((y, i) => ({ period: String(y), value: values[i]! })));

describe('properties of the helpers', () => {
  it('shares of a total sum to 1, with or without a stated total', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 1e9, noNaN: true }), (parts, extra) => {
        const sum = parts.reduce((s, p) => s + p, 0);
        fc.pre(sum > 0);
        expect(close(shares(parts).reduce((s, r) => s + r.share, 0), 1)).toBe(true);
        const rows = shares(parts, { total: sum + extra });
        expect(rows.length).toBe(parts.length + 1);
        expect(close(rows.reduce((s, r) => s + r.share, 0), 1)).toBe(true);
      }),
    );
  });

  it('growthRate round-trips through from × (1 + r) for a positive from, and from + |from| × r for any', () => {
    fc.assert(
      fc.property(signed, signed, (from, to) => {
        fc.pre(Math.abs(from) >= 1e-6);
        const r = growthRate(from, to);
        // rounding errors are relative to the larger of the two figures
        const scale = Math.max(Math.abs(from), Math.abs(to));
        if (from > 0) expect(Math.abs(from * (1 + r) - to)).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(from + Math.abs(from) * r - to)).toBeLessThanOrEqual(1e-12 * scale);
      }),
    );
  });

  it('cagr agrees with compounding: start × (1 + r)^years = end', () => {
    fc.assert(
      fc.property(figure, figure, year, fc.integer({ min: 1, max: 200 }), (v0, v1, y0, gap) => {
        fc.pre(y0 + gap <= 9999);
        const r = cagr({ period: String(y0), value: v0 }, { period: String(y0 + gap), value: v1 });
        // rounding errors are relative to the larger figure (1 + r loses digits when r is near −1)
        expect(Math.abs(v0 * (1 + r) ** gap - v1)).toBeLessThanOrEqual(1e-12 * gap * Math.max(v0, v1));
      }),
    );
  });

  it('the index at the base period is exactly 100', () => {
    fc.assert(
      fc.property(series, fc.nat(), (points, k) => {
        const base = points[k % points.length]!;
        const indexed = indexSeries(points, base.period);
        expect(indexed.find((p) => p.period === base.period)!.index).toBe(100);
        indexed.forEach((p, i) => expect(close(p.index, (100 * points[i]!.value) / base.value)).toBe(true));
      }),
    );
  });

  it('the absolute changes of a series add up to its last value minus its first, over its span in years', () => {
    fc.assert(
      fc.property(series, (points) => {
        const result = changes(points);
        const total = result.reduce((s, c) => s + c.absolute, 0);
        // rounding errors are relative to the largest figure of the series
        const scale = Math.max(...points.map((p) => p.value));
        expect(Math.abs(total - (points.at(-1)!.value - points[0]!.value))).toBeLessThanOrEqual(1e-12 * points.length * scale);
        expect(result.reduce((s, c) => s + c.years, 0)).toBe(Number(points.at(-1)!.period) - Number(points[0]!.period));
      }),
    );
  });

  it('compareSources does not depend on the order of its input', () => {
    const qualified = fc.oneof(
      fc.record({ qualifier: fc.constantFrom('exact' as const, 'approximate' as const, 'atLeast' as const, 'atMost' as const), value: fc.integer({ min: 0, max: 1e7 }) }),
      fc.tuple(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 1e7 })).map(([a, b]) => ({ qualifier: 'range' as const, low: Math.min(a, b), high: Math.max(a, b) })),
    );
    const estimate = fc.record({
      figure: qualified,
      unit: fc.constantFrom('persons' as const, 'thousand-persons' as const),
      period: fc.constantFrom('2002', '2006', '2007-03', '2008-02', '2011-12/2012', '1994'),
      source: fc.constantFrom('nrc-azerbaijan-country-programmes', 'migration-country-report-azerbaijan'),
      attribution: fc.option(fc.constantFrom('unhcr', 'mfa-azerbaijan'), { nil: undefined }),
    });
    const observations = fc.uniqueArray(estimate, { minLength: 1, maxLength: 12, selector: (e) => JSON.stringify(e) }).map((list) =>
      list.map(
        (e, i) =>
          ({
            id: `idps-${i}`,
            measure: 'idps',
            ...e.figure,
            unit: e.unit,
            period: e.period,
            dimensions: {},
            source: e.source,
            ...(e.attribution ? { attribution: e.attribution } : {}),
            locator: { section: 'x' },
            quote: 'x',
            asWritten: 'x',
          }) as Observation,
      ),
    );
    fc.assert(
      fc.property(observations, fc.func(fc.integer()), (list, key) => {
        const shuffled = list.map((o, i) => ({ o, k: key(i) })).sort((a, b) => a.k - b.k).map((x) => x.o);
        // mixed units: converted only when asked
        expect(compareSources(shuffled, { unit: 'persons' })).toEqual(compareSources(list, { unit: 'persons' }));
      }),
    );
  });

  it('conversions round-trip within each family of units', () => {
    const families = [['persons', 'thousand-persons'], ['usd', 'million-usd', 'billion-usd'], ['m2', 'km2'], ['fraction', 'percent']] as const;
    const pair = fc.constantFrom(...families).chain((f) => fc.tuple(fc.constantFrom(...f), fc.constantFrom(...f)));
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), pair, (v, [from, to]) => {
        expect(close(convert(convert(v, from, to), to, from), v, 1e-14)).toBe(true);
      }),
    );
  });

  it('periods of whole years are as many years apart as their difference', () => {
    fc.assert(
      fc.property(year, year, (a, b) => {
        expect(periodToYears(String(b)) - periodToYears(String(a))).toBe(b - a);
      }),
    );
  });
});

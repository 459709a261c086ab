import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import {
  HelperRangeError,
  HelperTypeError,
  cagr,
  changes,
  checkConsistency,
  compareSources,
  convert,
  dimensionColumns,
  growthRate,
  indexSeries,
  intervalOf,
  perPeriodRate,
  periodToYears,
  shares,
  toRows,
} from 'azerbaijan-data/helpers';
import { fuzzSettings, fuzzTimeout } from './settings.js';

// Arbitrary numbers, periods and units into every helper: never NaN or ±Infinity out (but for
// the open end of an "at least" or "at most" interval, which is documented), a HelperRangeError
// or HelperTypeError naming the helper and the argument instead.

const units = ['persons', 'thousand-persons', 'usd', 'million-usd', 'billion-usd', 'm2', 'km2', 'fraction', 'percent', 'km', 'tons', 'count', 'count-per-month', 'cases', 'years', 'rank', 'ratio'];
const qualifiers = ['exact', 'approximate', 'atLeast', 'atMost', 'range'];

const number = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 1, 1e-7, 5e-324, 1e308, -1e308, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity),
);
const instant = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 2 })).map(([y, m, d, k]) => {
  const year = String(y).padStart(4, '0');
  const month = String(m).padStart(2, '0');
  return k === 0 ? year : k === 1 ? `${year}-${month}` : `${year}-${month}-${String(d).padStart(2, '0')}`;
});
const period = fc.oneof(instant, fc.tuple(instant, instant).map(([a, b]) => `${a}/${b}`), fc.string({ maxLength: 12 }), fc.constantFrom('0000-02-29', '0099/0100', '2011-01/2011-11', '9999-12-31'));
const unit = fc.oneof(fc.constantFrom(...units), fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'toString', 'constructor'));
/** Anything at all, weighted to what a careless caller passes. */
const junk = fc.oneof(fc.anything(), fc.bigInt(), fc.constant(Symbol('s')), fc.constant(null), fc.constant(undefined), fc.func(fc.anything()));
const arg = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: junk });
const point = fc.record({ period: arg(period), value: arg(number), unit: fc.option(unit, { nil: undefined }) }, { requiredKeys: ['period', 'value'] });
const observation = fc.record({
  id: fc.constantFrom('a', 'b', 'c'),
  measure: fc.constantFrom('m', 'n'),
  qualifier: arg(fc.constantFrom(...qualifiers)),
  value: arg(number),
  low: arg(number),
  high: arg(number),
  unit: arg(unit),
  period: arg(period),
  dimensions: fc.constant({}),
  source: fc.constantFrom('s'),
});

/** Every number reachable from a result (arrays and plain objects), with its path. */
function numbers(value: unknown, path = 'result', out: [string, number][] = [], seen = new Set<unknown>()): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out, seen);
  }
  return out;
}

/**
 * checkConsistency and compareSources hand back the input's own relations and observations:
 * only the figures they compute are their result.
 */
const inputObjects = /^result\.(\d+\.(relation|observations)|estimates\.\d+\.observation)\./;

/**
 * Calls a helper: a result must hold only finite numbers (`openEnds` names the paths where an
 * infinite end of an interval is documented); an error must be a helper error naming the helper
 * and a non-empty argument.
 */
function check(helper: string, call: () => unknown, openEnds: RegExp | null = null): void {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (!(e instanceof HelperRangeError || e instanceof HelperTypeError)) throw new Error(`${helper} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    expect(e.helper).toBe(helper);
    expect(e.argument.length).toBeGreaterThan(0);
    expect(e.message.startsWith(`${helper}: `)).toBe(true);
    return;
  }
  for (const [path, n] of numbers(result)) {
    if (inputObjects.test(path)) continue;
    if (Number.isNaN(n)) throw new Error(`${helper} returned NaN at ${path}`);
    if (!Number.isFinite(n) && !(openEnds?.test(path) ?? false)) throw new Error(`${helper} returned ${n} at ${path}`);
  }
}

const settings = () => fuzzSettings(150);

describe('fuzz: the helpers never return NaN or ±Infinity', () => {
  it('growthRate, convert, perPeriodRate, periodToYears', () => {
    fc.assert(
      fc.property(arg(number), arg(number), arg(unit), arg(unit), arg(period), arg(fc.constantFrom('day', 'week', 'month', 'quarter', 'year', 'fortnight')), arg(fc.integer({ min: -2, max: 17 })), (a, b, u1, u2, p, rateUnit, decimals) => {
        check('growthRate', () => growthRate(a as number, b as number));
        check('convert', () => convert(a as number, u1 as never, u2 as never));
        check('perPeriodRate', () => perPeriodRate(a as number, p as string, rateUnit as never, { decimals: decimals as number }));
        check('perPeriodRate', () => perPeriodRate(a as number, p as string, rateUnit as never));
        check('periodToYears', () => periodToYears(p as string));
      }),
      settings(),
    );
  }, fuzzTimeout);

  it('cagr, changes, indexSeries, shares', () => {
    fc.assert(
      fc.property(arg(fc.array(arg(point), { maxLength: 6 })), arg(period), arg(number), arg(number), (series, base, total, tolerance) => {
        const s = series as never[];
        check('cagr', () => cagr(s?.[0] as never, s?.[1] as never));
        check('changes', () => changes(s));
        check('indexSeries', () => indexSeries(s, base as string));
        check('shares', () => shares(s, { total: total as number, tolerance: tolerance as number }));
        check('shares', () => shares(Array.isArray(s) ? s.map((p) => (p as { value?: unknown } | null)?.value as number) : s));
      }),
      settings(),
    );
  }, fuzzTimeout);

  it('intervalOf and compareSources on arbitrary observations', () => {
    fc.assert(
      fc.property(fc.array(arg(observation), { minLength: 0, maxLength: 5 }), arg(unit), (observations, u) => {
        for (const o of observations) check('intervalOf', () => intervalOf(o as never), /^result\.[01]$/);
        check('compareSources', () => compareSources(observations as never, { unit: u as never }), /\.interval\.[01]$/);
      }),
      settings(),
    );
  }, fuzzTimeout);

  it('checkConsistency, toRows and dimensionColumns on datasets with arbitrary figures, tolerances and relations', () => {
    const copies = datasets.filter((d) => d.relations.length > 0).map((d) => JSON.stringify(d));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), arg(number), fc.constantFrom('value', 'low', 'high', 'tolerance', 'discrepancy', 'kind', 'relation', 'observation', 'qualifier'), (at, i, j, n, what) => {
        const d = JSON.parse(copies[at % copies.length]!) as { observations: Record<string, unknown>[]; relations: Record<string, unknown>[] };
        const o = d.observations[i % d.observations.length]!;
        const r = d.relations[j % d.relations.length]!;
        if (what === 'value' || what === 'low' || what === 'high') o[what] = n;
        else if (what === 'tolerance') r.tolerance = n;
        else if (what === 'discrepancy') r.discrepancy = { value: n, note: 'n' };
        else if (what === 'kind') r.kind = n;
        else if (what === 'qualifier') o.qualifier = n;
        else if (what === 'relation') d.relations[j % d.relations.length] = n as never;
        else d.observations[i % d.observations.length] = n as never;
        check('checkConsistency', () => checkConsistency(d as never));
        check('toRows', () => toRows(d as never));
        check('dimensionColumns', () => dimensionColumns(d as never));
      }),
      settings(),
    );
  }, fuzzTimeout);
});

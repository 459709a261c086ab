import type { Observation, Qualifier } from '../model/observation.js';
import type { Unit } from '../model/unit.js';
import { HelperRangeError, HelperTypeError } from './errors.js';
import { intervalOf } from './interval.js';
import { periodLengthInMonths, periodPosition } from './period.js';
import { nonEmptyArray } from './series.js';
import { decimalOf, roundingOf } from './roundedFigures.js';
import { scaleByPowerOfTen, unitScale } from './units.js';

/**
 * One statement in a {@link SourceComparison}, its figures in the comparison's unit.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * import type { Estimate } from 'azerbaijan-data/helpers';
 * const idps = estimates('idps', datasets).filter((s) => s.source.file !== undefined).map((s) => s.observation);
 * const mfa: Estimate = compareSources(idps).estimates.find((e) => e.attribution === 'mfa-azerbaijan')!;
 * [mfa.qualifier, mfa.wording, mfa.interval, mfa.point]; //=> ['atMost', 'up to', [0, 700000], 700000]
 * ```
 */
export interface Estimate {
  readonly observation: Observation;
  readonly source: string;
  /** The body the source attributes the figure to, or `null`. */
  readonly attribution: string | null;
  readonly period: string;
  readonly qualifier: Qualifier;
  /** The source's own qualifier word, or `null`. */
  readonly wording: string | null;
  /** The values the qualifier allows, in the comparison's unit: see `intervalOf`. */
  readonly interval: readonly [low: number, high: number];
  /** Whether the figure is approximate ("around", "almost"): its interval is a point regardless. */
  readonly approximate: boolean;
  /** The figure, in the comparison's unit; `null` for a range, which has no point figure. */
  readonly point: number | null;
  /**
   * How far the estimate lies from the median of its group (the statements of its period and
   * dimensions), in the comparison's unit: `point − median`; for a range, 0 if it contains the
   * median, else its nearer end minus the median. `null` when no estimate of the group has a
   * point figure. 0 for a figure alone in its period.
   */
  readonly deviation: number | null;
  /** `deviation / median`; `null` where the deviation is, or the median is 0. */
  readonly relativeDeviation: number | null;
}

/**
 * The statements of one period and one set of dimensions in a {@link SourceComparison}: the
 * competing estimates of one figure, like with like, with their minimum, median, maximum and
 * spread. A group of one statement is a figure nobody else states.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * import type { EstimateGroup } from 'azerbaijan-data/helpers';
 * const refugeesAndIdps = estimates('refugees-and-idps', datasets).map((s) => s.observation);
 * const g: EstimateGroup = compareSources(refugeesAndIdps).groups[0]!;
 * [g.period, g.estimates.length, g.min, g.max]; //=> ['1994', 3, 947586, 1500000]
 * ```
 */
export interface EstimateGroup {
  /** The period the statements are of (as the first of them writes it). */
  readonly period: string;
  /** Dimension id → code, shared by the statements (`{}` for a total). */
  readonly dimensions: { readonly [dimension: string]: string };
  /** The statements, by source, attribution and observation id. */
  readonly estimates: readonly Estimate[];
  /** The smallest point figure (ranges have none); `null` when there is no point figure. */
  readonly min: number | null;
  readonly max: number | null;
  /** The median of the point figures (the mean of the middle two for an even count). */
  readonly median: number | null;
  /** `max / min`; `null` when there is no point figure, `min` ≤ 0, or the ratio overflows. */
  readonly spread: number | null;
  /**
   * Whether all the intervals have a value in common: `max(lows) ≤ min(highs)`, where a figure
   * that `rounding` finds rounded stands for the values that round to it (so `true` wherever
   * `rounding` is not `null`).
   */
  readonly overlap: boolean;
  /**
   * Whether the statements are one figure at different rounding, and how far that is said;
   * `null` where they are not (a real disagreement keeps its figures and its spread). See
   * {@link GroupRounding} for the rule.
   */
  readonly rounding: GroupRounding | null;
}

/**
 * Statements of one period and dimensions that are one figure at different rounding, in an
 * {@link EstimateGroup}: `precise` is the figure written to the finest place, and each of
 * `rounded` is it rounded to `precision` (a power of ten in the comparison's unit: 1000 for
 * "to the nearest thousand", 0.1 for one decimal).
 *
 * The rule, conservative on purpose. Every statement of the group is a point figure (`exact` or
 * `approximate`; no bound, no range, no zero) and they are not all equal. The finest figure is
 * the one whose last significant digit stands in the lowest place (586,013 before 586,000;
 * 2.228 before 2.2); where several share that place they must be equal. Each other figure
 * equals the finest or is coarser, and each coarser one equals the finest rounded (a half either
 * way) to a power of ten at least two places above the finest figure's last digit (two digits
 * dropped or more: a count whose last digit differs, 2,061 against 2,060 or 1,727 against
 * 1,730, is a difference between two counts, not a rounding):
 * - `kind: 'sameFigure'`, "the same figure, rounded": each coarser statement shares its
 *   provenance with the finest (the same body, `attribution` or else `source`; or the one's
 *   body among the other's source, attribution and `via` links), and the power of ten is the
 *   place of its last significant digit, as its trailing zeros imply (2.2 is 2.228 rounded to
 *   one decimal, both from the State Statistical Committee).
 * - `kind: 'agreesAtPrecision'`: some coarser statement comes from another body, and each
 *   equals the finest rounded to a place that still keeps three significant digits of it
 *   (586,000, IDMC's figure in the World Bank's data, is UNHCR's 586,013 rounded to the
 *   thousand). Nothing says one copies the other, so they are not called one figure; they only
 *   agree as far as the rounder one is written. 900 against 883 (one significant digit) and
 *   1,000,000 against 947,586 are no such agreement: they keep their spread.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * import type { GroupRounding } from 'azerbaijan-data/helpers';
 * // every copy of every IDP statement of 2009 (estimates gives each statement once, with its carriers)
 * const copies = estimates('idps', datasets).flatMap((s) => s.carriers.map((c) => c.observation)).filter((o) => o.period === '2009');
 * const fromTwoBodies = compareSources(copies.filter((o) => o.source === 'world-bank-wdi-2025' || o.source === 'unhcr-population-statistics-2019'));
 * const r: GroupRounding = fromTwoBodies.groups[0]!.rounding!;
 * [r.kind, r.precise.point, r.rounded.map((x) => [x.estimate.point, x.precision])]; //=> ['agreesAtPrecision', 586013, [[586000, 1000]]]
 * // IDMC's own figure in the GIDD, and its copies in UNHCR's and the World Bank's releases
 * compareSources(copies.filter((o) => o.attribution === 'idmc')).groups[0]!.rounding!.kind; //=> 'sameFigure'
 * const idps = compareSources(estimates('idps', datasets).map((s) => s.observation));
 * idps.groups.find((g) => g.period === '2013')!.rounding; //=> null
 * ```
 */
export interface GroupRounding {
  readonly kind: 'sameFigure' | 'agreesAtPrecision';
  /** The statement written to the finest place. */
  readonly precise: Estimate;
  /** Each coarser statement, with the power of ten it is the precise figure rounded to. */
  readonly rounded: readonly { readonly estimate: Estimate; readonly precision: number }[];
}

/**
 * One source's figures of several periods in a {@link SourceComparison} (one document, with the
 * same attribution and dimensions): a series, never competing estimates. `first` and `last` are
 * its oldest and newest statements; `change` and `growth` go from the one to the other.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * import type { SourceSeries } from 'azerbaijan-data/helpers';
 * const inflows = estimates('inward-remittances', datasets).map((s) => s.observation).filter((o) => o.unit === 'million-usd');
 * const s: SourceSeries = compareSources(inflows).series[0]!;
 * [s.attribution, s.first.period, s.first.point, s.last.period, s.last.point]; //=> ['world-bank-factbook-2011', '1997', 38.2, '2010', 1472]
 * s.growth === (1472 - 38.2) / 38.2; //=> true
 * ```
 */
export interface SourceSeries {
  /** The document the figures are read from. */
  readonly source: string;
  /** The body it attributes them to, or `null`. */
  readonly attribution: string | null;
  readonly dimensions: { readonly [dimension: string]: string };
  /** Its statements, by period (two of one period where the source states it twice). */
  readonly estimates: readonly Estimate[];
  /** How many periods it covers (at least 2). */
  readonly periods: number;
  readonly first: Estimate;
  readonly last: Estimate;
  /**
   * `last.point − first.point`; `null` when either is a range, or when the first or the last
   * period holds two different figures of the source.
   */
  readonly change: number | null;
  /** `change / |first.point|` (0.25 for a rise of 25 %); `null` where `change` is or `first.point` is 0. */
  readonly growth: number | null;
}

/**
 * What {@link compareSources} returns: every statement in period order, the statements grouped by
 * period and dimensions (like with like: competing estimates are compared only within a group),
 * each source's figures of several periods as a series, and the newest period.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * import type { SourceComparison } from 'azerbaijan-data/helpers';
 * const idps = estimates('idps', datasets).filter((s) => s.source.file !== undefined).map((s) => s.observation);
 * const comparison: SourceComparison = compareSources(idps);
 * [comparison.measure, comparison.estimates.length, comparison.groups.length, comparison.newestPeriod]; //=> ['idps', 4, 4, '2008-02']
 * ```
 */
export interface SourceComparison {
  readonly measure: string;
  /** The unit of every figure below: the observations' own unit, or `options.unit`. */
  readonly unit: Unit;
  /** Every statement, by period, then source, attribution and observation id. */
  readonly estimates: readonly Estimate[];
  /** The statements of each period and set of dimensions, by period, then dimensions. */
  readonly groups: readonly EstimateGroup[];
  /** Each source's (with its attribution and dimensions) figures of two periods or more. */
  readonly series: readonly SourceSeries[];
  /** The period of the newest statement: the last in period order (see `estimates`). */
  readonly newestPeriod: string;
}

/** The qualifiers of the model. */
const QUALIFIERS: readonly string[] = ['exact', 'approximate', 'atLeast', 'atMost', 'range'];
const HELPER = 'compareSources';

/** An observation with its period's middle and length, its interval and point figure in the comparison's unit. */
interface Item {
  readonly o: Observation;
  readonly t: number;
  readonly months: number;
  readonly dimensions: string;
  readonly low: number;
  readonly high: number;
  readonly point: number | null;
  /** Its point figure as an exact decimal in the comparison's unit (`undefined` for a range, a bound or 0). */
  readonly decimal: ReturnType<typeof decimalOf>;
}

function text(p: string, q: string): number {
  return p === q ? 0 : p < q ? -1 : 1;
}

/** The dimensions as a key: `code=value` pairs sorted by dimension. */
function dimensionKey(dimensions: { readonly [dimension: string]: string }): string {
  return Object.keys(dimensions)
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join('&');
}

/** Period order, then a total order on what an observation says, so that no input order shows through. */
function compare(x: Item, y: Item): number {
  return (
    x.t - y.t ||
    x.months - y.months ||
    text(x.o.period, y.o.period) ||
    text(x.dimensions, y.dimensions) ||
    text(x.o.source, y.o.source) ||
    text(x.o.attribution ?? '', y.o.attribution ?? '') ||
    text(x.o.id, y.o.id) ||
    text(x.o.qualifier, y.o.qualifier) ||
    x.low - y.low ||
    x.high - y.high ||
    text(x.o.quote, y.o.quote) ||
    text(JSON.stringify(x.o.locator), JSON.stringify(y.o.locator))
  );
}

/**
 * Compares what sources state of one measure, like with like. Statements of the same period and
 * dimensions are competing estimates of one figure, and only they are set against each other
 * (`groups`): each with its qualifier turned into an interval (exact → [v, v]; at least →
 * [v, ∞); at most → [0, v]; range → [low, high]; approximate → [v, v], flagged approximate), the
 * minimum, maximum and median of the point figures (a range has none: no midpoint is invented),
 * the spread (max / min), each estimate's deviation from its group's median, and whether the
 * group's intervals overlap; and whether they are one figure at different rounding (`rounding`:
 * "the same figure, rounded" where they share their provenance, see {@link GroupRounding}), in
 * which case they are no disagreement. One source's figures of several periods are a series (`series`:
 * first, last, change and growth), never competing estimates. `newestPeriod` is the period of
 * the newest statement.
 *
 * Units: figures stay in their source's unit. Observations of different units are refused unless
 * `options.unit` asks for one to convert them to (of their family: thousand-persons and persons,
 * billion-, million-usd and usd, km2 and m2, percent and fraction); observations of different
 * measures are refused. The result does not depend on the order of the input.
 *
 * This runs in O(n log n).
 *
 * @param observations - Observations of one measure (their `measure` ids equal), from any
 * datasets.
 * @param options - `unit`: the unit to convert every figure to (one of the observations' family).
 * @returns The comparison; see {@link SourceComparison}.
 * @throws {HelperTypeError} when `observations` is not an array or holds something other than
 * an observation.
 * @throws {HelperRangeError} when `observations` is empty, the measures differ, the units differ
 * and no `options.unit` is given, the units cannot be converted into one another (or into
 * `options.unit`), or a period is not ISO 8601.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * // Refugees and IDPs in 1994, three statements of the country report on migration:
 * // about 1,000,000; 947,586; nearly one million and a half (from the Government)
 * const c = compareSources(estimates('refugees-and-idps', datasets).map((s) => s.observation));
 * [c.unit, c.groups.length, c.series.length, c.newestPeriod]; //=> ['persons', 1, 0, '1994']
 * const [g] = c.groups;
 * g!.estimates.map((e) => e.point); //=> [947586, 1000000, 1500000]
 * [g!.min, g!.median, g!.max, g!.overlap]; //=> [947586, 1000000, 1500000, false]
 * g!.spread === 1500000 / 947586; //=> true
 * // IDPs: 570 000 (NRC, 2002), 579,000 (UNHCR, 2006), 687,000 (Government, March 2007), up to 700,000 (MFA, February 2008):
 * // four periods, four sources, so four groups of one; no series, no median across years
 * const idps = compareSources(estimates('idps', datasets).filter((s) => s.source.file !== undefined).map((s) => s.observation));
 * idps.groups.map((group) => [group.period, group.estimates.length]); //=> [['2002', 1], ['2006', 1], ['2007-03', 1], ['2008-02', 1]]
 * [idps.series.length, idps.newestPeriod]; //=> [0, '2008-02']
 * // Net migration, Table 1 in thousand persons and a rounded 1,400 persons for 2010: units differ, so convert when asked
 * const fromDocuments = estimates('net-migration', datasets).filter((s) => s.source.file !== undefined);
 * const net = compareSources(fromDocuments.map((s) => s.observation), { unit: 'persons' });
 * net.groups.find((group) => group.period === '2010')!.estimates.map((e) => e.point); //=> [1400, 1400, 1400]
 * ```
 */
export function compareSources(observations: readonly Observation[], options: { readonly unit?: Unit } = {}): SourceComparison {
  nonEmptyArray(HELPER, 'observations', observations);
  const n = observations.length;
  const measure = observations[0]?.measure;
  const units = new Set<string>();
  const positions = new Float64Array(n);
  const lengths = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    if (typeof o !== 'object' || o === null || typeof o.qualifier !== 'string' || typeof o.measure !== 'string') {
      throw new HelperTypeError(HELPER, `observations[${i}]`, o, 'an observation of the library (with measure, qualifier, unit, period)');
    }
    if (o.measure !== measure) {
      throw new HelperRangeError(HELPER, `observations[${i}].measure`, o.measure, `"${measure}", the measure of observations[0] (compare one measure at a time)`);
    }
    if (!QUALIFIERS.includes(o.qualifier)) {
      throw new HelperRangeError(HELPER, `observations[${i}].qualifier`, o.qualifier, "one of 'exact', 'approximate', 'atLeast', 'atMost', 'range'");
    }
    const finite = o.qualifier === 'range' ? Number.isFinite(o.low) && Number.isFinite(o.high) : Number.isFinite(o.value);
    if (!finite) throw new HelperRangeError(HELPER, `observations[${i}]`, o, 'an observation with finite figures');
    if (o.qualifier === 'range' && o.low > o.high) throw new HelperRangeError(HELPER, `observations[${i}].low`, o.low, `a number ≤ observations[${i}].high (${o.high})`);
    if (typeof o.dimensions !== 'object' || o.dimensions === null) {
      throw new HelperTypeError(HELPER, `observations[${i}].dimensions`, o.dimensions, 'an object of dimension id → code ({} for none)');
    }
    if (unitScale(o.unit) === undefined) throw new HelperRangeError(HELPER, `observations[${i}].unit`, o.unit, 'a unit of the model');
    if (options.unit === undefined && units.size > 0 && !units.has(o.unit)) {
      const [first] = units;
      throw new HelperRangeError(
        HELPER,
        `observations[${i}].unit`,
        o.unit,
        `"${first}", the unit of the observations before it (figures stay in their source's unit: compare one unit at a time, or pass options.unit to convert)`,
      );
    }
    units.add(o.unit);
    positions[i] = periodPosition(HELPER, 'observations', o.period, i);
    lengths[i] = periodLengthInMonths(HELPER, `observations[${i}].period`, o.period);
  }
  const unit = comparisonUnit(units, options.unit);
  const target = unitScale(unit)![1];

  // Each observation with its interval in the comparison's unit.
  const items: Item[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    const k = unitScale(o.unit)![1] - target;
    const [low, high] = intervalOf(o);
    items[i] = {
      o,
      t: positions[i]!,
      months: lengths[i]!,
      dimensions: dimensionKey(o.dimensions),
      low: scaleByPowerOfTen(low, k),
      high: scaleByPowerOfTen(high, k),
      point: o.qualifier === 'range' ? null : scaleByPowerOfTen(o.value, k),
      decimal: o.qualifier === 'exact' || o.qualifier === 'approximate' ? decimalOf(o.value, k) : undefined,
    };
  }
  items.sort(compare);

  // Like with like: the items of one period (middle and length) and one set of dimensions.
  const groupsOf = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.t}|${item.months}|${item.dimensions}`;
    const group = groupsOf.get(key);
    if (group === undefined) groupsOf.set(key, [item]);
    else group.push(item);
  }
  const estimateOf = new Map<Item, Estimate>();
  const groups: EstimateGroup[] = [];
  for (const members of groupsOf.values()) {
    const stats = statistics(members);
    const estimates = members.map((item) => {
      const e = estimate(item, stats.median);
      estimateOf.set(item, e);
      return e;
    });
    const found = roundingOf(members.map((item) => ({ item, o: item.o, decimal: item.decimal })));
    const rounding: GroupRounding | null =
      found === null
        ? null
        : {
            kind: found.kind,
            precise: estimateOf.get(found.precise)!,
            rounded: found.rounded.map((r) => ({ estimate: estimateOf.get(r.item)!, precision: Number(`1e${r.exponent}`) })),
          };
    groups.push({ period: members[0]!.o.period, dimensions: members[0]!.o.dimensions, estimates, ...stats, overlap: stats.overlap || rounding !== null, rounding });
  }

  // A series: one source's (and attribution's) figures of one set of dimensions, over two periods or more.
  const seriesOf = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.o.source}|${item.o.attribution ?? ''}|${item.dimensions}`;
    const list = seriesOf.get(key);
    if (list === undefined) seriesOf.set(key, [item]);
    else list.push(item);
  }
  const series: SourceSeries[] = [];
  for (const list of seriesOf.values()) {
    const periods = new Set(list.map((item) => `${item.t}|${item.months}`)).size;
    if (periods < 2) continue;
    series.push(seriesOfItems(list, periods, estimateOf));
  }
  series.sort((x, y) => text(x.source, y.source) || text(x.attribution ?? '', y.attribution ?? '') || text(dimensionKey(x.dimensions), dimensionKey(y.dimensions)));

  return { measure: measure!, unit, estimates: items.map((item) => estimateOf.get(item)!), groups, series, newestPeriod: items[n - 1]!.o.period };
}

/** The minimum, maximum, median and spread of a group's point figures, and whether its intervals overlap. */
function statistics(members: readonly Item[]): Pick<EstimateGroup, 'min' | 'max' | 'median' | 'spread' | 'overlap'> {
  const points = new Float64Array(members.length);
  let m = 0;
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const item of members) {
    if (item.point !== null) points[m++] = item.point;
    if (item.low > maxLow) maxLow = item.low;
    if (item.high < minHigh) minHigh = item.high;
  }
  const sorted = points.subarray(0, m).sort();
  const min = m ? sorted[0]! : null;
  const max = m ? sorted[m - 1]! : null;
  const median = m ? (m % 2 ? sorted[(m - 1) / 2]! : (sorted[m / 2 - 1]! + sorted[m / 2]!) / 2) : null;
  return { min, max, median, spread: min !== null && min > 0 && max! / min < Infinity ? max! / min : null, overlap: maxLow <= minHigh };
}

function estimate(item: Item, median: number | null): Estimate {
  const { o, low, high, point } = item;
  let deviation: number | null = null;
  if (median !== null) deviation = point !== null ? point - median : low > median ? low - median : high < median ? high - median : 0;
  return {
    observation: o,
    source: o.source,
    attribution: o.attribution ?? null,
    period: o.period,
    qualifier: o.qualifier,
    wording: o.wording ?? null,
    interval: [low, high],
    approximate: o.qualifier === 'approximate',
    point,
    deviation,
    relativeDeviation: deviation === null || median === 0 ? null : deviation / median!,
  };
}

/** A series from its items in period order; its change and growth where its ends hold one figure each. */
function seriesOfItems(list: readonly Item[], periods: number, estimateOf: ReadonlyMap<Item, Estimate>): SourceSeries {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  /** The one point figure of the items of `end`'s period, or null (a range, or two different figures). */
  const onlyPoint = (end: Item): number | null => {
    const same = list.filter((item) => item.t === end.t && item.months === end.months);
    return same.every((item) => item.point !== null && item.point === end.point) ? end.point : null;
  };
  const from = onlyPoint(first);
  const to = onlyPoint(last);
  const change = from === null || to === null ? null : to - from;
  const growth = change === null || from === 0 ? null : change / Math.abs(from!);
  return {
    source: first.o.source,
    attribution: first.o.attribution ?? null,
    dimensions: first.o.dimensions,
    estimates: list.map((item) => estimateOf.get(item)!),
    periods,
    first: estimateOf.get(first)!,
    last: estimateOf.get(last)!,
    change: change !== null && Number.isFinite(change) ? change : null,
    growth: growth !== null && Number.isFinite(growth) ? growth : null,
  };
}

/** The unit to compare in: the one unit of all, or `wanted` (of their family). */
function comparisonUnit(units: ReadonlySet<string>, wanted: Unit | undefined): Unit {
  const [first] = units;
  const family = unitScale(first)?.[0];
  for (const u of units) {
    if (unitScale(u)![0] !== family) {
      throw new HelperRangeError(HELPER, 'observations[].unit', u, `a unit convertible to "${first}", the unit of another observation (units: ${[...units].join(', ')})`);
    }
  }
  if (wanted === undefined) return first as Unit;
  if (unitScale(wanted)?.[0] !== family) throw new HelperRangeError(HELPER, 'options.unit', wanted, `a unit that "${first}" converts to`);
  return wanted;
}

import type { Observation, Qualifier } from '../schema/observation.js';
import type { Unit } from '../schema/unit.js';
import { HelperRangeError, HelperTypeError } from './errors.js';
import { intervalOf } from './interval.js';
import { periodPosition } from './period.js';
import { nonEmptyArray } from './series.js';
import { familyBase, scaleByPowerOfTen, unitScale } from './units.js';

/**
 * One source's estimate in a {@link SourceComparison}.
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
   * How far the estimate lies from the median, in the comparison's unit: `point − median`; for a
   * range, 0 if it contains the median, else its nearer end minus the median. `null` when no
   * estimate has a point figure.
   */
  readonly deviation: number | null;
  /** `deviation / median`; `null` where the deviation is, or the median is 0. */
  readonly relativeDeviation: number | null;
}

/**
 * What {@link compareSources} returns.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * import type { SourceComparison } from 'azerbaijan-data/helpers';
 * const idps = estimates('idps', datasets).filter((s) => s.source.file !== undefined).map((s) => s.observation);
 * const comparison: SourceComparison = compareSources(idps);
 * [comparison.measure, comparison.estimates.length]; //=> ['idps', 4]
 * ```
 */
export interface SourceComparison {
  readonly measure: string;
  /** The unit of every figure below. */
  readonly unit: Unit;
  /** The estimates in date order (then by source, attribution and observation id). */
  readonly estimates: readonly Estimate[];
  /** The smallest point figure (ranges have none); `null` when there is no point figure. */
  readonly min: number | null;
  readonly max: number | null;
  /** The median of the point figures (the mean of the middle two for an even count). */
  readonly median: number | null;
  /** `max / min`; `null` when there is no point figure, `min` ≤ 0, or the ratio overflows. */
  readonly spread: number | null;
  /** Whether all the intervals have a value in common: `max(lows) ≤ min(highs)`. */
  readonly overlap: boolean;
}

/** The qualifiers of the model. */
const QUALIFIERS: readonly string[] = ['exact', 'approximate', 'atLeast', 'atMost', 'range'];
const HELPER = 'compareSources';

/** An observation with its period's position, its interval and point figure in the comparison's unit. */
interface Item {
  readonly o: Observation;
  readonly t: number;
  readonly low: number;
  readonly high: number;
  readonly point: number | null;
}

function text(p: string, q: string): number {
  return p === q ? 0 : p < q ? -1 : 1;
}

/** Date order, then a total order on what an observation says, so that no input order shows through. */
function compare(x: Item, y: Item): number {
  return (
    x.t - y.t ||
    text(x.o.period, y.o.period) ||
    text(x.o.source, y.o.source) ||
    text(x.o.attribution ?? '', y.o.attribution ?? '') ||
    text(x.o.id, y.o.id) ||
    text(x.o.qualifier, y.o.qualifier) ||
    x.low - y.low ||
    x.high - y.high
  );
}

/**
 * Compares the estimates that several sources give of one measure: each estimate in date order
 * with its qualifier turned into an interval (exact → [v, v]; at least → [v, ∞); at most →
 * [0, v]; range → [low, high]; approximate → [v, v], flagged approximate); the minimum, maximum
 * and median of the point figures (a range has none: no midpoint is invented); the spread
 * (max / min); each estimate's deviation from the median; and whether all the intervals overlap.
 *
 * Units: figures of one family are brought to one unit before they are compared (thousand-persons
 * to persons, million- and billion-usd to usd, m2 to km2, fraction to percent), or to
 * `options.unit`; figures all in one unit stay in it. Units that measure different things, and
 * observations of different measures, are refused. The result does not depend on the order of
 * the input.
 *
 * This runs in O(n log n).
 *
 * @param observations - Observations of one measure (their `measure` ids equal), from any
 * datasets.
 * @param options - `unit`: the unit to compare in (one of the observations' family).
 * @returns The comparison; see {@link SourceComparison}.
 * @throws {HelperTypeError} when `observations` is not an array or holds something other than
 * an observation.
 * @throws {HelperRangeError} when `observations` is empty, the measures differ, the units cannot
 * be converted into one another (or into `options.unit`), or a period is not ISO 8601.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import { compareSources } from 'azerbaijan-data/helpers';
 * // IDPs: 570 000 (NRC, 2002), 579,000 (UNHCR, 2006), 687,000 (Government, March 2007), up to 700,000 (MFA, February 2008)
 * const c = compareSources(estimates('idps', datasets).filter((s) => s.source.file !== undefined).map((s) => s.observation));
 * c.estimates.map((e) => e.period); //=> ['2002', '2006', '2007-03', '2008-02']
 * c.estimates.map((e) => e.interval); //=> [[570000, 570000], [579000, 579000], [687000, 687000], [0, 700000]]
 * [c.unit, c.min, c.max, c.median]; //=> ['persons', 570000, 700000, (579000 + 687000) / 2]
 * c.spread === 700000 / 570000; //=> true
 * c.estimates.map((e) => e.deviation); //=> [570000 - 633000, 579000 - 633000, 687000 - 633000, 700000 - 633000]
 * c.overlap; //=> false
 * ```
 */
export function compareSources(observations: readonly Observation[], options: { readonly unit?: Unit } = {}): SourceComparison {
  nonEmptyArray(HELPER, 'observations', observations);
  const n = observations.length;
  const measure = observations[0]?.measure;
  const units = new Set<string>();
  const positions = new Float64Array(n);
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
    units.add(o.unit);
    positions[i] = periodPosition(HELPER, 'observations', o.period, i);
  }
  const unit = comparisonUnit(units, options.unit);
  const target = unitScale(unit)![1];

  // Each observation with its interval in the comparison's unit; the point figures apart.
  const items: Item[] = new Array(n);
  const points = new Float64Array(n);
  let m = 0;
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    const k = unitScale(o.unit)![1] - target;
    const [low, high] = intervalOf(o);
    const item: Item = { o, t: positions[i]!, low: scaleByPowerOfTen(low, k), high: scaleByPowerOfTen(high, k), point: o.qualifier === 'range' ? null : scaleByPowerOfTen(o.value, k) };
    if (item.point !== null) points[m++] = item.point;
    if (item.low > maxLow) maxLow = item.low;
    if (item.high < minHigh) minHigh = item.high;
    items[i] = item;
  }
  items.sort(compare);
  const sorted = points.subarray(0, m).sort();
  const min = m ? sorted[0]! : null;
  const max = m ? sorted[m - 1]! : null;
  const median = m ? (m % 2 ? sorted[(m - 1) / 2]! : (sorted[m / 2 - 1]! + sorted[m / 2]!) / 2) : null;

  const estimates: Estimate[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const { o, low, high, point } = items[i]!;
    let deviation: number | null = null;
    if (median !== null) deviation = point !== null ? point - median : low > median ? low - median : high < median ? high - median : 0;
    estimates[i] = {
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
  return {
    measure: measure!,
    unit,
    estimates,
    min,
    max,
    median,
    spread: min !== null && min > 0 && max! / min < Infinity ? max! / min : null,
    overlap: maxLow <= minHigh,
  };
}

/** The unit to compare in: the one unit of all, `wanted`, or the base unit of their family. */
function comparisonUnit(units: ReadonlySet<string>, wanted: Unit | undefined): Unit {
  const [first] = units;
  const family = unitScale(first)?.[0];
  for (const u of units) {
    const scale = unitScale(u);
    if (scale === undefined) throw new HelperRangeError(HELPER, 'observations[].unit', u, 'a unit of the model');
    if (scale[0] !== family) {
      throw new HelperRangeError(HELPER, 'observations[].unit', u, `a unit convertible to "${first}", the unit of another observation (units: ${[...units].join(', ')})`);
    }
  }
  if (wanted !== undefined) {
    if (unitScale(wanted)?.[0] !== family) throw new HelperRangeError(HELPER, 'options.unit', wanted, `a unit that "${first}" converts to`);
    return wanted;
  }
  return units.size === 1 ? (first as Unit) : (familyBase[family!] ?? (first as Unit));
}

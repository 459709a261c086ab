import type { Dataset } from '../model/dataset.js';
import type { Observation } from '../model/observation.js';
import type { Relation } from '../model/relation.js';
import type { Unit } from '../model/unit.js';
import { HelperRangeError, HelperTypeError } from './errors.js';
import { scaleByPowerOfTen, unitScale } from './units.js';

/**
 * A relation of a dataset whose figures do not add up; see {@link checkConsistency}.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { checkConsistency } from 'azerbaijan-data/helpers';
 * import type { Discrepancy } from 'azerbaijan-data/helpers';
 * const [budget]: Discrepancy[] = checkConsistency(datasets.find((d) => d.id === 'mine-action-budget-2000')!);
 * [budget!.status, budget!.difference, budget!.declared]; //=> ['declared', 1100, 1100]
 * ```
 */
export interface Discrepancy {
  readonly relation: Relation;
  /**
   * `declared`: the figures miss by the discrepancy the dataset declares (within the tolerance);
   * `undeclared`: they miss by more than the tolerance and the dataset declares nothing;
   * `mismatch`: the dataset declares a discrepancy, but the figures miss by another amount.
   */
  readonly status: 'declared' | 'undeclared' | 'mismatch';
  /**
   * What the figures miss by: the left side minus the right side (total − Σ parts − remainder;
   * result − (minuend − subtrahend); percent − 100 × part / whole; whole − part for `partOf`), in
   * `unit`. Where a figure is a range, the value of the possible differences nearest to the
   * declared discrepancy (or to 0).
   */
  readonly difference: number;
  /** The discrepancy the dataset declares, or `null`. */
  readonly declared: number | null;
  /** The dataset's note on the declared discrepancy, or `null`. */
  readonly note: string | null;
  /** What the source's rounding explains (0 for `partOf`). */
  readonly tolerance: number;
  /** The unit of `difference`: that of the relation's first figure (the percent for a share). */
  readonly unit: Unit | null;
  /** The observations the relation names, in its order (total or result first). */
  readonly observations: readonly Observation[];
}

const HELPER = 'checkConsistency';
const QUALIFIERS: readonly unknown[] = ['exact', 'approximate', 'atLeast', 'atMost', 'range'];

/**
 * The ids a relation names, first the one whose unit the relation is evaluated in; checks the
 * relation's shape (`at` names it in errors).
 */
function references(r: Relation, at: string): readonly string[] {
  if (typeof r !== 'object' || r === null) throw new HelperTypeError(HELPER, at, r, 'a relation object { id, kind, … }');
  switch (r.kind) {
    case 'sum':
      if (!Array.isArray(r.parts)) throw new HelperTypeError(HELPER, `${at}.parts`, r.parts, 'an array of observation ids');
      if (typeof r.total !== 'string') number(`${at}.total.value`, (r.total as { value?: unknown } | null)?.value);
      if (r.remainder !== undefined) number(`${at}.remainder.value`, (r.remainder as { value?: unknown } | null)?.value);
      return typeof r.total === 'string' ? [r.total, ...r.parts] : r.parts;
    case 'difference':
      return [r.result, r.minuend, r.subtrahend];
    case 'share':
      return [r.percent, r.part, r.whole];
    case 'partOf':
      return [r.whole, r.part];
    default:
      throw new HelperRangeError(HELPER, `${at}.kind`, (r as { kind?: unknown }).kind, "one of 'sum', 'difference', 'share', 'partOf'");
  }
}

/** Throws for a relation whose figures are finite but whose difference is not (1e308 − (−1e308), a share of 5e-324). */
function overflow(at: string, r: Relation): never {
  throw new HelperRangeError(HELPER, at, r.id, 'a relation whose figures give a finite difference (the computation overflows)');
}

/** Throws unless `value` is a finite number (a NaN would make any relation look consistent). */
function number(argument: string, value: unknown): number {
  if (typeof value !== 'number') throw new HelperTypeError(HELPER, argument, value, 'a number');
  if (!Number.isFinite(value)) throw new HelperRangeError(HELPER, argument, value, 'a finite number');
  return value;
}

/**
 * Evaluates the relations a dataset declares (`sum`, `difference`, `share`, `partOf`) and
 * returns every one whose figures do not add up, with the size of the miss and the observations
 * involved. A discrepancy the dataset declares is reported with status `declared`; a miss beyond
 * the relation's tolerance that it does not declare is flagged `undeclared`; a declared
 * discrepancy that is not what the figures give is flagged `mismatch`. A relation that holds
 * within its tolerance, with nothing declared, is not reported.
 *
 * Figures are read as the tests read them: a qualified figure ("up to", "almost") by its value,
 * a range by all the values between its ends (a relation holds if some reading of the ranges
 * satisfies it). Figures in units of one family (persons and thousand-persons) are converted to
 * the unit of the relation's first figure; the percent of a share is read in percent.
 *
 * This runs in O(n + k) for n observations and k references in the relations.
 *
 * @param dataset - A dataset of the library (or one validated with `parseDataset`).
 * @returns The discrepancies, in the order of `dataset.relations`; empty when all relations hold.
 * @throws {HelperTypeError} when `dataset` is not a dataset object, a relation or observation
 * not an object, or a figure, tolerance or declared discrepancy not a number.
 * @throws {HelperRangeError} when a relation names an observation the dataset does not have (or
 * one of an unknown qualifier), is of an unknown kind, gives a difference that overflows, has a figure, tolerance or discrepancy that is not finite (a NaN would make
 * any relation hold), or the whole of a share is 0 or may be (a share of it is undefined).
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { checkConsistency } from 'azerbaijan-data/helpers';
 * checkConsistency(datasets.find((d) => d.id === 'international-migration')!); //=> []
 * // Table 5: workers' remittances, compensation of employees and migrants' transfers of 2004 add up to 191 + 12 + 24 = 227, not 228
 * const flows = checkConsistency(datasets.find((d) => d.id === 'remittance-flows')!);
 * const d2004 = flows.find((d) => d.relation.id === 'inward-remittances-components-2004')!;
 * [d2004.status, d2004.difference, d2004.unit, d2004.observations.map((o) => o.id)[0]]; //=> ['declared', 228 - (191 + 12 + 24), 'million-usd', 'inward-remittances-2004']
 * flows.every((d) => d.status === 'declared'); //=> true
 * ```
 */
export function checkConsistency(dataset: Dataset): Discrepancy[] {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations) || !Array.isArray(dataset.relations)) {
    throw new HelperTypeError(HELPER, 'dataset', dataset, 'a dataset with observations and relations arrays');
  }
  const byId = new Map<string, Observation>();
  dataset.observations.forEach((o: unknown, i) => {
    if (typeof o !== 'object' || o === null) throw new HelperTypeError(HELPER, `dataset.observations[${i}]`, o, 'an observation object');
    byId.set((o as Observation).id, o as Observation);
  });
  const out: Discrepancy[] = [];
  const relations = dataset.relations;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    const at = `dataset.relations[${i}]`;
    const ids = references(r, at);
    if (r.kind !== 'partOf') {
      if (number(`${at}.tolerance`, r.tolerance) < 0) throw new HelperRangeError(HELPER, `${at}.tolerance`, r.tolerance, 'a number ≥ 0');
      if (r.discrepancy !== undefined) number(`${at}.discrepancy.value`, (r.discrepancy as { value?: unknown } | null)?.value);
    }
    const observations: Observation[] = new Array(ids.length);
    const lo = new Float64Array(ids.length);
    const hi = new Float64Array(ids.length);
    let unit: Unit | null = null;
    let family: string | undefined;
    let exponent = 0;
    let magnitude = 1;
    for (let j = 0; j < ids.length; j++) {
      const o = byId.get(ids[j]!);
      if (o === undefined) {
        throw new HelperRangeError(HELPER, `dataset.relations[${i}] (${r.id})`, ids[j], `the id of an observation of dataset "${dataset.id}"`);
      }
      observations[j] = o;
      const figure = `observation "${o.id}" (named by ${at})`;
      if (!QUALIFIERS.includes(o.qualifier)) {
        throw new HelperRangeError(HELPER, `${figure}.qualifier`, o.qualifier, "one of 'exact', 'approximate', 'atLeast', 'atMost', 'range'");
      }
      let low = number(`${figure}.${o.qualifier === 'range' ? 'low' : 'value'}`, o.qualifier === 'range' ? o.low : o.value);
      let high = number(`${figure}.${o.qualifier === 'range' ? 'high' : 'value'}`, o.qualifier === 'range' ? o.high : o.value);
      const scale = unitScale(o.unit);
      if (j === 0) {
        unit = o.unit;
        if (r.kind === 'share' && scale?.[0] === 'share') {
          unit = 'percent';
          low = scaleByPowerOfTen(low, scale[1] + 2);
          high = scaleByPowerOfTen(high, scale[1] + 2);
        } else {
          family = scale?.[0];
          exponent = scale?.[1] ?? 0;
        }
      } else if (r.kind === 'share' && j === 1) {
        family = scale?.[0];
        exponent = scale?.[1] ?? 0;
      } else if (scale !== undefined && scale[0] === family && scale[1] !== exponent) {
        low = scaleByPowerOfTen(low, scale[1] - exponent);
        high = scaleByPowerOfTen(high, scale[1] - exponent);
      }
      lo[j] = low;
      hi[j] = high;
      magnitude += Math.abs(low) + Math.abs(high === Infinity ? low : high);
    }
    let dLow = 0;
    let dHigh = 0;
    switch (r.kind) {
      case 'sum': {
        const k = typeof r.total === 'string' ? 1 : 0;
        const rest = r.remainder?.value ?? 0;
        dLow = (k ? lo[0]! : (r.total as { value: number }).value) - rest;
        dHigh = (k ? hi[0]! : (r.total as { value: number }).value) - rest;
        for (let j = k; j < ids.length; j++) {
          dLow -= hi[j]!;
          dHigh -= lo[j]!;
        }
        break;
      }
      case 'difference':
        dLow = lo[0]! - hi[1]! + lo[2]!;
        dHigh = hi[0]! - lo[1]! + hi[2]!;
        break;
      case 'share': {
        if (lo[2]! <= 0 && hi[2]! >= 0) {
          throw new HelperRangeError(HELPER, `dataset.relations[${i}] (${r.id}).whole`, observations[2], 'an observation other than 0 (a share of 0 is undefined)');
        }
        const corners = [(100 * lo[1]!) / lo[2]!, (100 * lo[1]!) / hi[2]!, (100 * hi[1]!) / lo[2]!, (100 * hi[1]!) / hi[2]!];
        dLow = lo[0]! - Math.max(...corners);
        dHigh = hi[0]! - Math.min(...corners);
        break;
      }
      case 'partOf':
        dLow = lo[0]! - hi[1]!;
        dHigh = hi[0]! - lo[1]!;
        if (dHigh - dHigh !== 0) overflow(at, r);
        if (dHigh < 0) out.push({ relation: r, status: 'undeclared', difference: dHigh, declared: null, note: null, tolerance: 0, unit, observations });
        continue;
    }
    const declared = r.discrepancy?.value ?? null;
    const target = declared ?? 0;
    const difference = target < dLow ? dLow : target > dHigh ? dHigh : target;
    if (difference - difference !== 0) overflow(at, r);
    const eps = 1e-9 * magnitude;
    const missesDeclared = Math.abs(difference - target) > r.tolerance + eps;
    if (declared === null && !missesDeclared) continue;
    out.push({
      relation: r,
      status: declared === null ? 'undeclared' : missesDeclared ? 'mismatch' : 'declared',
      difference,
      declared,
      note: r.discrepancy?.note ?? null,
      tolerance: r.tolerance,
      unit,
      observations,
    });
  }
  return out;
}

import type { ChainLink } from '../model/chainLink.js';
import type { Dataset } from '../model/dataset.js';
import type { Observation } from '../model/observation.js';
import type { Source } from '../model/source.js';
import { decimalOf, roundingOf } from './roundedFigures.js';
import { scaleByPowerOfTen, unitScale } from './units.js';

/**
 * One document that carries a statement: the dataset and observation it stands in, the document
 * (`source`), the figure as that document carries it, whether it carries it rounded, and the
 * bodies between the stating body and the document (`via`). A {@link Statement} of `estimates()`
 * lists its carriers; a carrier is cited like a statement (`cite(carrier)`).
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import type { Carrier } from 'azerbaijan-data/helpers';
 * const idmc2022 = estimates(datasets, 'idps').find((s) => s.attribution?.id === 'idmc' && s.observation.period === '2022')!;
 * const wdi: Carrier = idmc2022.carriers.find((c) => c.dataset === 'wdi-idps-idmc')!;
 * [wdi.value, wdi.rounded, wdi.source.id]; //=> [659000, true, 'world-bank-wdi-2025']
 * ```
 */
export interface Carrier {
  /** Id of the dataset the carrier's figure stands in. */
  readonly dataset: string;
  /** Id of the observation within that dataset. */
  readonly observationId: string;
  /** The observation, as the dataset holds it. */
  readonly observation: Observation;
  /** The document the figure is read from: the carrier itself. */
  readonly source: Source;
  /** The body the document attributes the figure to (the statement's body). */
  readonly attribution?: Source;
  /** The dataset itself, so that `cite(carrier)` cites the figure without a look-up. */
  readonly heldIn: Dataset;
  /** The figure as this document carries it; `null` for a range. */
  readonly value: number | null;
  /**
   * Whether the document carries the statement rounded: its figure is another carrier's finer
   * figure rounded (the `rounded` figure the publisher writes beside its unrounded value, or the
   * finer figure rounded to the place of this one's last significant digit). `false` for the
   * finest figure, and for a figure no other carrier writes finer (nothing shows it rounded).
   */
  readonly rounded: boolean;
  /** The bodies between the attributed body and the document, from the body outward (`[]` where the document names none). */
  readonly via: readonly ChainLink[];
}

/**
 * Where the carriers of one statement give figures that their rounding does not explain: the
 * carriers whose figure is neither the statement's value nor it rounded, and the largest
 * absolute difference between their figures and the value (in the statement's unit).
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import type { CarrierDifference } from 'azerbaijan-data/helpers';
 * const differing: CarrierDifference[] = estimates(datasets, 'idps').flatMap((s) => (s.carriersDiffer === null ? [] : [s.carriersDiffer]));
 * differing.length; //=> 0
 * ```
 */
export interface CarrierDifference {
  /** The largest `|carrier's figure − value|` among the carriers below, in the statement's unit. */
  readonly amount: number;
  /** The carriers whose figure rounding does not explain. */
  readonly carriers: readonly Carrier[];
}

/** What the grouping needs of a statement (a `Statement` of `estimates()` without its carriers). */
export interface CarriedFigure {
  readonly dataset: string;
  readonly observationId: string;
  readonly observation: Observation;
  readonly source: Source;
  readonly attribution?: Source;
  readonly heldIn: Dataset;
}

/** The code of the country the library is about: a dimension that names it is no breakdown. */
export const HEADLINE_COUNTRY = 'AZ';

/**
 * Whether a figure is a headline figure of the country: it has no dimension, or every dimension
 * names Azerbaijan itself (UNHCR's IDPs by origin `AZ` and asylum `AZ` are the IDPs of the whole
 * country).
 */
export function isHeadline(dimensions: { readonly [dimension: string]: string }): boolean {
  return Object.values(dimensions).every((code) => code === HEADLINE_COUNTRY);
}

/** The dimensions as a key, without those that name the country itself (a headline figure's key is ''). */
function breakdownKey(dimensions: { readonly [dimension: string]: string }): string {
  return Object.keys(dimensions)
    .filter((k) => dimensions[k] !== HEADLINE_COUNTRY)
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join('&');
}

/**
 * The key of the statement a figure makes, or `null` for a figure that is its document's own (no
 * attribution): the attributed body, the measure, the period as written and the dimensions
 * (those naming the country itself left out). Figures with one key are one statement of that
 * body, whichever document carries them.
 */
export function statementKey(o: Observation): string | null {
  if (o.attribution === undefined) return null;
  return `${o.attribution}|${o.measure}|${o.period}|${breakdownKey(o.dimensions)}`;
}

function pointOf(o: Observation): number | null {
  return o.qualifier === 'range' ? null : o.value;
}

/** The carrier whose figure is the statement's value: one that writes its rounding beside it, else the finest figure, else the first. */
function representativeOf<F extends CarriedFigure>(figures: readonly F[]): F {
  const unrounded = figures.find((f) => f.observation.rounded !== undefined);
  if (unrounded !== undefined) return unrounded;
  let best = figures[0]!;
  let bestExponent = Infinity;
  for (const f of figures) {
    const o = f.observation;
    const p = pointOf(o);
    const k = shiftBetween(o.unit, best.observation.unit);
    const d = p === null || k === undefined || (o.qualifier !== 'exact' && o.qualifier !== 'approximate') ? undefined : decimalOf(p, k);
    if (d !== undefined && d.exponent < bestExponent) {
      best = f;
      bestExponent = d.exponent;
    }
  }
  return best;
}

/** The powers of ten from `unit` to `target`, or `undefined` where the two are of different families. */
function shiftBetween(unit: string, target: string): number | undefined {
  const [from, to] = [unitScale(unit), unitScale(target)];
  return from === undefined || to === undefined || from[0] !== to[0] ? undefined : from[1] - to[1];
}

/** A point figure in `target`'s unit (`null` for a range, or a unit that does not convert). */
function pointIn(o: Observation, target: string): number | null {
  const k = shiftBetween(o.unit, target);
  const p = pointOf(o);
  return p === null || k === undefined ? null : scaleByPowerOfTen(p, k);
}

/** Whether two observations give the same figure with the same qualifier (units converted). */
function sameFigure(a: Observation, b: Observation): boolean {
  if (a.qualifier !== b.qualifier) return false;
  if (a.qualifier === 'range' || b.qualifier === 'range') {
    return a.qualifier === 'range' && b.qualifier === 'range' && a.unit === b.unit && a.low === b.low && a.high === b.high;
  }
  const v = pointIn(a, b.unit);
  return v !== null && v === b.value;
}

/**
 * Whether `o` is `precise` rounded: it equals the rounded figure `precise`'s publisher writes
 * beside it, or `roundingOf` (the rule of `compareSources`' `rounding`) finds it `precise`
 * rounded to the place of its last significant digit, both in `precise`'s unit.
 */
function isRoundingOf(o: Observation, precise: Observation): boolean {
  const k = shiftBetween(o.unit, precise.unit);
  if (k === undefined || o.qualifier === 'range' || precise.qualifier === 'range') return false;
  if (precise.rounded !== undefined && precise.rounded.value === scaleByPowerOfTen(o.value, k)) return true;
  const candidates = [
    { item: precise, o: precise, decimal: decimalOf(precise.value, 0) },
    { item: o, o, decimal: decimalOf(o.value, k) },
  ];
  return roundingOf(candidates) !== null;
}

/** One statement: its representative figure, every carrier (the representative first) and where they differ beyond rounding. */
export interface Grouped<F extends CarriedFigure> {
  readonly representative: F;
  readonly carriers: readonly Carrier[];
  readonly carriersDiffer: CarrierDifference | null;
}

/**
 * The carriers of one statement (figures of one {@link statementKey}, or a figure alone), in
 * the order given: the representative (an unrounded figure where a carrier has it, else the
 * finest), each carrier with its figure and whether it is rounded, and where they differ by more
 * than rounding. Internal to `estimates`, which states the rule for users.
 */
export function groupCarriers<F extends CarriedFigure>(figures: readonly F[]): Grouped<F> {
  const representative = representativeOf(figures);
  const precise = representative.observation;
  const value = pointOf(precise);
  const ordered = [representative, ...figures.filter((f) => f !== representative)];
  const carriers: Carrier[] = [];
  const differing: Carrier[] = [];
  let amount = 0;
  for (const f of ordered) {
    const o = f.observation;
    const same = sameFigure(o, precise);
    const rounded = !same && isRoundingOf(o, precise);
    const carrier: Carrier = {
      dataset: f.dataset,
      observationId: f.observationId,
      observation: o,
      source: f.source,
      ...(f.attribution === undefined ? {} : { attribution: f.attribution }),
      heldIn: f.heldIn,
      value: pointOf(o),
      rounded,
      via: o.via ?? [],
    };
    carriers.push(carrier);
    if (!same && !rounded) {
      differing.push(carrier);
      const p = pointIn(o, precise.unit);
      if (p !== null && value !== null) amount = Math.max(amount, Math.abs(p - value));
    }
  }
  return { representative, carriers, carriersDiffer: differing.length === 0 ? null : { amount, carriers: differing } };
}

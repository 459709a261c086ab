// Whether the figures of a group of statements are one figure at different rounding: the rule
// behind `EstimateGroup.rounding` (see compareSources.ts, where the rule is stated for users).
import type { Observation } from '../model/observation.js';

/**
 * A figure as an exact decimal: `digits × 10^exponent`, `digits` without trailing zeros (so
 * `exponent` is the place of its last significant digit: 586000 is 586 × 10³, 2.228 is 2228 ×
 * 10⁻³), shifted by `shift` powers of ten (the unit's scale against the comparison's unit).
 * `undefined` for zero, which has no last digit, or for a number JavaScript does not write as a
 * plain decimal.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly exponent: number;
}

/** `value` as a {@link Decimal} shifted by `shift` powers of ten, or `undefined` for 0. */
export function decimalOf(value: number, shift: number): Decimal | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (m === null) return undefined;
  const [, sign, whole, fraction = '', power = '0'] = m;
  let digits = BigInt(`${sign}${whole}${fraction}`);
  if (digits === 0n) return undefined;
  let exponent = Number(power) - fraction.length + shift;
  while (digits % 10n === 0n) {
    digits /= 10n;
    exponent += 1;
  }
  return { digits, exponent };
}

/** The number of digits of `digits`, without its sign. */
function length(digits: bigint): number {
  return (digits < 0n ? -digits : digits).toString().length;
}

/**
 * Whether `rounder` is `precise` rounded to the nearest 10^k: `|precise − rounder| ≤ ½ × 10^k`
 * (either way of rounding a half), computed exactly in decimals.
 */
function roundsTo(precise: Decimal, rounder: Decimal, k: number): boolean {
  const base = precise.exponent; // the finest place of the two
  const scaledRounder = rounder.digits * 10n ** BigInt(rounder.exponent - base);
  const difference = precise.digits - scaledRounder;
  const twice = 2n * (difference < 0n ? -difference : difference);
  return twice <= 10n ** BigInt(k - base);
}

/** What the body of a statement is: the body it is attributed to, else the document it is read from. */
function body(o: Observation): string {
  return o.attribution ?? o.source;
}

/** Every body and document of a statement's chain: its attribution, each link of `via`, its source. */
function chain(o: Observation): Set<string> {
  return new Set([o.source, ...(o.attribution === undefined ? [] : [o.attribution]), ...(o.via ?? []).map((l) => l.source)]);
}

/** Whether two statements share their provenance: the same body, or one's body is in the other's chain. */
export function sameProvenance(a: Observation, b: Observation): boolean {
  return body(a) === body(b) || chain(b).has(body(a)) || chain(a).has(body(b));
}

/** A statement with its figure as a decimal in the comparison's unit. */
export interface RoundingCandidate<T> {
  readonly item: T;
  readonly o: Observation;
  /** The figure in the comparison's unit, or `undefined` for a range, a bound or zero. */
  readonly decimal: Decimal | undefined;
}

/** The outcome of {@link roundingOf}: the precise statement and each other one with the place it is rounded to. */
export interface RoundingOutcome<T> {
  readonly kind: 'sameFigure' | 'agreesAtPrecision';
  readonly precise: T;
  readonly rounded: readonly { readonly item: T; readonly exponent: number }[];
}

/**
 * The rule (stated for users on `EstimateGroup.rounding`): every statement is a point figure
 * (exact or approximate, not zero); the figures are not all equal; the finest of them (the one
 * whose last significant digit is in the lowest place) is unique in value; every other figure
 * equal to it or coarser, and each coarser one equals the finest rounded to the place of the
 * coarser one's last significant digit (`sameFigure`, when it shares its provenance with the
 * finest: the same body, or one's body in the other's chain) or to a place that keeps at least
 * three significant digits of it (`agreesAtPrecision`, for a figure of another body); that place
 * is at least two places above the finest figure's last digit (a last digit that differs, as in
 * 2,061 against 2,060, is a difference, not a rounding). `null` where any statement fails.
 */
export function roundingOf<T>(candidates: readonly RoundingCandidate<T>[]): RoundingOutcome<T> | null {
  if (candidates.length < 2) return null;
  const decimals: Decimal[] = [];
  for (const c of candidates) {
    if ((c.o.qualifier !== 'exact' && c.o.qualifier !== 'approximate') || c.decimal === undefined) return null;
    decimals.push(c.decimal);
  }
  const finest = Math.min(...decimals.map((d) => d.exponent));
  const atFinest = candidates.filter((c) => c.decimal!.exponent === finest);
  const precise = atFinest[0]!;
  if (atFinest.some((c) => c.decimal!.digits !== precise.decimal!.digits)) return null;
  const rounded: { item: T; exponent: number }[] = [];
  let every = true;
  for (const c of candidates) {
    const d = c.decimal!;
    if (d.exponent === finest) continue;
    const linked = sameProvenance(precise.o, c.o);
    // the place the figure is rounded to: that of its last significant digit; for another
    // body's figure, no coarser than keeps three significant digits
    const k = linked ? d.exponent : Math.min(d.exponent, d.exponent + length(d.digits) - 3);
    if (k - finest < 2 || !roundsTo(precise.decimal!, d, k)) return null;
    every &&= linked;
    rounded.push({ item: c.item, exponent: k });
  }
  if (rounded.length === 0) return null;
  return { kind: every ? 'sameFigure' : 'agreesAtPrecision', precise: precise.item, rounded };
}

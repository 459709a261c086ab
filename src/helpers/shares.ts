import type { Observation } from '../model/observation.js';
import { HelperRangeError, HelperTypeError, finiteNumber } from './errors.js';
import { argumentName, pointUnit, pointValue, sameUnit } from './point.js';
import { nonEmptyArray } from './series.js';

/**
 * A part for {@link shares}: a plain number, `{ id?, value, unit? }`, or an observation that is
 * not a range.
 *
 * @example
 * ```ts
 * import { shares } from 'azerbaijan-data/helpers';
 * import type { ShareInput } from 'azerbaijan-data/helpers';
 * const parts: ShareInput[] = [3, { id: 'rural', value: 1 }];
 * shares(parts).map((r) => r.id); //=> ['0', 'rural']
 * ```
 */
export type ShareInput = number | { readonly id?: string; readonly value: number; readonly unit?: string } | Observation;

/**
 * The options of {@link shares}.
 *
 * @example
 * ```ts
 * import { shares } from 'azerbaijan-data/helpers';
 * import type { SharesOptions } from 'azerbaijan-data/helpers';
 * const options: SharesOptions = { total: 10, remainderId: 'other' };
 * shares([4, 5], options).at(-1); //=> { id: 'other', value: 1, share: 0.1, remainder: true }
 * ```
 */
export interface SharesOptions {
  /**
   * The stated whole (a number, or `{ value, unit? }` such as an observation of the total). The
   * parts' shares are then of this total, and what the parts leave of it is a row of its own.
   */
  readonly total?: number | { readonly value: number; readonly unit?: string } | Observation;
  /** How far the parts may exceed the stated total (the source's rounding); 0 by default. */
  readonly tolerance?: number;
  /** The id of the remainder row; `"remainder"` by default. */
  readonly remainderId?: string;
}

/**
 * A part with its share of the total; see {@link shares}.
 *
 * @example
 * ```ts
 * import { shares } from 'azerbaijan-data/helpers';
 * import type { Share } from 'azerbaijan-data/helpers';
 * const [first]: Share[] = shares([{ id: 'urban', value: 1.2 }, { id: 'rural', value: 0.2 }]);
 * [first!.id, first!.share.toFixed(3), first!.remainder]; //=> ['urban', '0.857', false]
 * ```
 */
export interface Share {
  /** The part's `id`; its index as a string for a plain number; `remainderId` for the remainder. */
  readonly id: string;
  readonly value: number;
  /** `value / total`, as a fraction (0.25 for 25 %). */
  readonly share: number;
  /** Whether this is the row of what the parts leave unallocated. */
  readonly remainder: boolean;
}

/**
 * Each part's share of the total. Without a stated total, the total is the sum of the parts and
 * the shares sum to 1. With a stated total (`options.total`), each part is a share of it, and the
 * unallocated rest (`total − Σ parts`) is a last row of its own, flagged `remainder`, so that
 * the shares again sum to 1; parts that exceed the stated total are an error, unless they exceed
 * it by no more than `options.tolerance` (the rest is then a small negative remainder, kept as
 * it is rather than hidden).
 *
 * This runs in O(n).
 *
 * @param parts - The parts: numbers ≥ 0, or `{ id?, value, unit? }` / observations with such
 * values, all in the same unit where they state one.
 * @param options - `total`, `tolerance` and `remainderId`; see {@link SharesOptions}.
 * @returns One row per part, in order, then the remainder row where a total is stated.
 * @throws {HelperTypeError} when `parts` is not an array, or a part or the total has no numeric
 * value.
 * @throws {HelperRangeError} when `parts` is empty, a value is not finite, a part is negative,
 * the units of the parts (or of the total) differ, the total is not positive, the tolerance is
 * negative or not finite, the parts exceed the stated total by more than the tolerance, or their
 * sum, or a share of a tiny stated total, overflows.
 *
 * @example
 * ```ts
 * import { shares } from 'azerbaijan-data/helpers';
 * // "452,475 foreigners ... migrant workers – 25 % (113,118), students – 20 % (90,945),
 * // relatives of Azerbaijani nationals – 18 % (81,445) and the remaining number ..."
 * const rows = shares([113118, 90945, 81445], { total: 452475, remainderId: 'refugees-and-asylum-seekers' });
 * rows.map((r) => Math.round(100 * r.share)); //=> [25, 20, 18, 37]
 * rows[3]; //=> { id: 'refugees-and-asylum-seekers', value: 452475 - 113118 - 90945 - 81445, share: 166967 / 452475, remainder: true }
 * shares([{ id: 'urban', value: 3 }, { id: 'rural', value: 1 }]).map((r) => r.share); //=> [0.75, 0.25]
 * shares([60, 41], { total: 100, tolerance: 1 })[2]!.value; //=> -1
 * ```
 */
export function shares(parts: readonly ShareInput[], options: SharesOptions = {}): Share[] {
  nonEmptyArray('shares', 'parts', parts);
  if (typeof options !== 'object' || options === null) throw new HelperTypeError('shares', 'options', options, 'an object { total?, tolerance?, remainderId? }');
  const n = parts.length;
  let unit: string | undefined;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = parts[i];
    let v: number;
    if (typeof p === 'number') {
      if (p - p !== 0) throw new HelperRangeError('shares', argumentName('parts', i), p, 'a finite number');
      v = p;
    } else {
      v = pointValue('shares', 'parts', p, i);
      unit = sameUnit('shares', 'parts', p, unit, i);
    }
    if (v < 0) throw new HelperRangeError('shares', `${argumentName('parts', i)}${typeof p === 'number' ? '' : '.value'}`, v, 'a number ≥ 0 (a share of a negative part is undefined)');
    sum += v;
  }
  if (sum === Infinity) throw new HelperRangeError('shares', 'the sum of parts', sum, 'a finite number (the parts are too large to add up)');
  const stated = options.total;
  let total = sum;
  if (stated !== undefined) {
    total = typeof stated === 'number' ? finiteNumber('shares', 'options.total', stated) : pointValue('shares', 'options.total', stated);
    const u = typeof stated === 'number' ? undefined : pointUnit(stated);
    if (u !== undefined && unit !== undefined && u !== unit) {
      throw new HelperRangeError('shares', 'options.total.unit', u, `"${unit}", the unit of the parts (convert first)`);
    }
    if (total <= 0) throw new HelperRangeError('shares', typeof stated === 'number' ? 'options.total' : 'options.total.value', total, 'a positive number');
    const tolerance = options.tolerance === undefined ? 0 : finiteNumber('shares', 'options.tolerance', options.tolerance);
    if (tolerance < 0) throw new HelperRangeError('shares', 'options.tolerance', tolerance, 'a number ≥ 0');
    if (sum > total + tolerance) {
      throw new HelperRangeError(
        'shares',
        'the sum of parts',
        sum,
        `at most options.total (${total})${tolerance > 0 ? ` plus options.tolerance (${tolerance})` : ''}: the parts exceed the stated total`,
      );
    }
  } else if (sum <= 0) {
    throw new HelperRangeError('shares', 'the sum of parts', sum, 'a positive number when no options.total is stated');
  }
  const out: Share[] = new Array(stated === undefined ? n : n + 1);
  for (let i = 0; i < n; i++) {
    const p = parts[i]!;
    // checked above: a finite number ≥ 0, or an object with one as its value
    if (typeof p === 'number') out[i] = { id: String(i), value: p, share: p / total, remainder: false };
    else out[i] = { id: typeof p.id === 'string' ? p.id : String(i), value: (p as { value: number }).value, share: (p as { value: number }).value / total, remainder: false };
    const share = out[i]!.share;
    if (share - share !== 0) {
      throw new HelperRangeError('shares', typeof stated === 'object' ? 'options.total.value' : 'options.total', total, 'a number the parts can be divided by (their shares of it overflow)');
    }
  }
  if (stated !== undefined) {
    const rest = total - sum;
    out[n] = { id: options.remainderId ?? 'remainder', value: rest, share: rest / total, remainder: true };
  }
  return out;
}

/**
 * Describes a received value for an error message: numbers and strings as written
 * (`NaN`, `Infinity`, `"2011-13"`), arrays by their length, other objects briefly.
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length} items`;
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    text = 'an object';
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Thrown by a helper when an argument has the right type but a value it cannot compute on: an
 * empty series, a non-finite number, growth from zero, periods out of order, mixed units, an
 * impossible conversion. The message names the helper, the argument, the value received and
 * what was expected; the same facts are kept as properties.
 *
 * @example
 * ```ts
 * import { growthRate, HelperRangeError } from 'azerbaijan-data/helpers';
 * const error = (() => { try { growthRate(0, 84.3); } catch (e) { return e as HelperRangeError; } })()!;
 * error instanceof HelperRangeError && error instanceof RangeError; //=> true
 * [error.helper, error.argument, error.received]; //=> ['growthRate', 'from', 0]
 * error.message; //=> 'growthRate: from must be a finite number other than 0 (growth from zero is undefined); received 0'
 * ```
 */
export class HelperRangeError extends RangeError {
  override readonly name: string = 'HelperRangeError';
  /** The helper that threw (`"growthRate"`). */
  readonly helper: string;
  /** The argument, or the path inside it, that was rejected (`"from"`, `"series[3].period"`). */
  readonly argument: string;
  /** The value received. */
  readonly received: unknown;
  /** What the helper expected instead. */
  readonly expected: string;

  constructor(helper: string, argument: string, received: unknown, expected: string) {
    super(`${helper}: ${argument} must be ${expected}; received ${describe(received)}`);
    this.helper = helper;
    this.argument = argument;
    this.received = received;
    this.expected = expected;
  }
}

/**
 * Thrown by a helper when an argument has the wrong type: a string where a number belongs, a
 * series that is not an array, a range observation where a single figure is needed. The message
 * names the helper, the argument, the value received and what was expected.
 *
 * @example
 * ```ts
 * import { growthRate, HelperTypeError } from 'azerbaijan-data/helpers';
 * const error = (() => { try { growthRate('84.3' as never, 66.3); } catch (e) { return e as HelperTypeError; } })()!;
 * error instanceof HelperTypeError && error instanceof TypeError; //=> true
 * error.message; //=> 'growthRate: from must be a number; received "84.3"'
 * ```
 */
export class HelperTypeError extends TypeError {
  override readonly name: string = 'HelperTypeError';
  /** The helper that threw. */
  readonly helper: string;
  /** The argument, or the path inside it, that was rejected. */
  readonly argument: string;
  /** The value received. */
  readonly received: unknown;
  /** What the helper expected instead. */
  readonly expected: string;

  constructor(helper: string, argument: string, received: unknown, expected: string) {
    super(`${helper}: ${argument} must be ${expected}; received ${describe(received)}`);
    this.helper = helper;
    this.argument = argument;
    this.received = received;
    this.expected = expected;
  }
}

/** Throws unless `value` is a finite number; returns it typed as a number. */
export function finiteNumber(helper: string, argument: string, value: unknown): number {
  if (typeof value !== 'number') throw new HelperTypeError(helper, argument, value, 'a number');
  if (!Number.isFinite(value)) throw new HelperRangeError(helper, argument, value, 'a finite number');
  return value;
}

/**
 * Returns `result` when it is finite; otherwise throws a {@link HelperRangeError} on the
 * argument whose size made it overflow (a rate from 1e-320, a sum of parts near 1e308).
 */
export function finiteResult(helper: string, argument: string, received: unknown, result: number): number {
  if (result - result === 0) return result;
  throw new HelperRangeError(helper, argument, received, 'a number whose result is finite (the computation overflows)');
}

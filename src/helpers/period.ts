import { HelperRangeError, HelperTypeError } from './errors.js';

const EXPECTED = 'an ISO 8601 period: a year "2010", a month "2011-04", a date "2011-04-01" or an interval "2011-01/2011-11"';

/** Reads `n` decimal digits of `s` from `at`; −1 when one of them is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads an instant (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at `s[from, to)`) into `out`: its year,
 * and where in that year it starts and ends, in months from the start of the year (a day is the
 * fraction 1 / (days in its month) of its month; the end of December is 12). Keeping the year
 * apart keeps the fractions exact to the last bit. Returns false when the text is no such instant.
 */
function instant(s: string, from: number, to: number, out: [number, number, number]): boolean {
  const n = to - from;
  const y = digits(s, from, 4);
  if (y < 0) return false;
  out[0] = y;
  if (n === 4) {
    out[1] = 0;
    out[2] = 12;
    return true;
  }
  if ((n !== 7 && n !== 10) || s.charCodeAt(from + 4) !== 45) return false;
  const m = digits(s, from + 5, 2);
  if (m < 1 || m > 12) return false;
  if (n === 7) {
    out[1] = m - 1;
    out[2] = m;
    return true;
  }
  if (s.charCodeAt(from + 7) !== 45) return false;
  const d = digits(s, from + 8, 2);
  const dim = daysInMonth(y, m);
  if (d < 1 || d > dim) return false;
  out[1] = m - 1 + (d - 1) / dim;
  out[2] = m - 1 + d / dim;
  return true;
}

const a: [number, number, number] = [0, 0, 0];
const b: [number, number, number] = [0, 0, 0];

/** Reads a period's first instant into `a` and its last into `b`; false when it is not a period. */
function span(period: unknown): boolean {
  if (typeof period !== 'string') return false;
  const slash = period.indexOf('/');
  if (slash < 0) {
    if (!instant(period, 0, period.length, a)) return false;
    b[0] = a[0];
    b[1] = a[1];
    b[2] = a[2];
    return true;
  }
  return instant(period, 0, slash, a) && instant(period, slash + 1, period.length, b) && 12 * (b[0] - a[0]) + b[2] - a[1] > 0;
}

function notAPeriod(helper: string, argument: string, period: unknown, index: number): never {
  const name = index < 0 ? argument : `${argument}[${index}].period`;
  if (typeof period !== 'string') throw new HelperTypeError(helper, name, period, EXPECTED);
  throw new HelperRangeError(helper, name, period, EXPECTED);
}

/**
 * The length of an ISO 8601 period in months: a year is twelve, a month one, a day the fraction
 * 1 / (days in its month) of its month; an interval `a/b` runs from the start of `a` to the end
 * of `b`. This runs in O(1).
 *
 * @throws {HelperTypeError} when `period` is not a string.
 * @throws {HelperRangeError} when it is not an ISO 8601 year, month, date or interval of these
 * whose start is not after its end; the message names `helper` and `argument`.
 */
export function periodLengthInMonths(helper: string, argument: string, period: unknown): number {
  if (!span(period)) notAPeriod(helper, argument, period, -1);
  return 12 * (b[0] - a[0]) + (b[2] - a[1]);
}

/**
 * The middle of a period in fractional years (see {@link periodToYears}), for the helpers that
 * name their own argument in errors (`argument`, or `argument[index].period` for an element of
 * a series). A four-digit year takes a fast path.
 */
export function periodPosition(helper: string, argument: string, period: unknown, index = -1): number {
  if (typeof period === 'string' && period.length === 4) {
    const y = digits(period, 0, 4);
    if (y >= 0) return y + 0.5;
  }
  if (!span(period)) notAPeriod(helper, argument, period, index);
  return (a[0] + b[0]) / 2 + (a[1] + b[2]) / 24;
}

/**
 * The middle of an ISO 8601 period, in fractional years: the point the growth helpers place a
 * figure at. A year stands at its middle (`"2003"` → 2003.5), so that two years are as many
 * years apart as their difference; a month is a twelfth of a year (`"2011-04"` → 2011.291…); a
 * day is a fraction 1 / (days in its month) of its month, so that dates on the same day of the
 * month are whole months apart; an interval `a/b` stands at the middle of its whole span.
 *
 * This runs in O(1).
 *
 * @param period - An ISO 8601 year, month, date or interval of these.
 * @returns The middle of the period, in years since year 0.
 * @throws {HelperTypeError} when `period` is not a string.
 * @throws {HelperRangeError} when `period` is not an ISO 8601 year, month, date or interval
 * whose start is not after its end (a month 13, 30 February, "2010/2003").
 *
 * @example
 * ```ts
 * import { periodToYears } from 'azerbaijan-data/helpers';
 * periodToYears('2003'); //=> 2003.5
 * periodToYears('2010') - periodToYears('2003'); //=> 7
 * periodToYears('2011-01/2011-11'); //=> 2011 + 5.5 / 12
 * periodToYears('1988/1992'); //=> 1990.5
 * ```
 */
export function periodToYears(period: string): number {
  return periodPosition('periodToYears', 'period', period);
}

/**
 * The day number of a date of the proleptic Gregorian calendar (`month` 1 to 12), in days since
 * 1970-01-01, counted in whole 400-year eras (H. Hinnant's `days_from_civil`). `Date.UTC` is not
 * used: it reads the years 0 to 99 as 1900 to 1999.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The first day of an instant `YYYY[-MM[-DD]]` and the day after its last, in days since 1970. */
function instantDays(text: string): [number, number] {
  const y = Number(text.slice(0, 4));
  if (text.length === 4) return [dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1)];
  const m = Number(text.slice(5, 7));
  if (text.length === 7) return [dayNumber(y, m, 1), m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1)];
  const d = dayNumber(y, m, Number(text.slice(8, 10)));
  return [d, d + 1];
}

/**
 * The number of calendar days a period covers, both ends included (`"2011"` is 365,
 * `"2011-01/2011-11"` 334). This runs in O(1).
 *
 * @throws {HelperTypeError} when `period` is not a string.
 * @throws {HelperRangeError} when it is not an ISO 8601 period; the message names `helper` and
 * `argument`.
 */
export function periodDays(helper: string, argument: string, period: unknown): number {
  if (!span(period)) notAPeriod(helper, argument, period, -1);
  const text = period as string;
  const slash = text.indexOf('/');
  const first = instantDays(slash < 0 ? text : text.slice(0, slash))[0];
  const last = instantDays(slash < 0 ? text : text.slice(slash + 1))[1];
  return last - first;
}

/**
 * The days a period covers, as `[first, afterLast)` in days since 1970-01-01 (`"2011"` is
 * `[14975, 15340)`): what tells whether one period lies within another. This runs in O(1).
 *
 * @throws {HelperTypeError} when `period` is not a string.
 * @throws {HelperRangeError} when it is not an ISO 8601 period; the message names `helper` and
 * `argument`.
 */
export function periodDayBounds(helper: string, argument: string, period: unknown): [number, number] {
  if (!span(period)) notAPeriod(helper, argument, period, -1);
  const text = period as string;
  const slash = text.indexOf('/');
  return [instantDays(slash < 0 ? text : text.slice(0, slash))[0], instantDays(slash < 0 ? text : text.slice(slash + 1))[1]];
}

import { z } from 'zod';

const instant = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const periodPattern = new RegExp(`^${instant}(?:/${instant})?$`);

/** Splits a period into its first and last instant (equal for a single year or date). */
function bounds(period: string): [string, string] {
  const [start, end] = period.split('/');
  return [start ?? period, end ?? start ?? period];
}

/**
 * Whether a date exists in the proleptic Gregorian calendar, counted without `Date` (which reads
 * the years 0000–0099 as 1900–1999): 0000 and 2000 are leap years, 1900 is not.
 */
function isRealDate(instantText: string): boolean {
  const [y, m, d] = instantText.split('-').map(Number);
  if (d === undefined || m === undefined || y === undefined) return true;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d >= 1 && d <= days;
}

/**
 * An ISO 8601 period: a year (`"2010"`), a month (`"2011-04"`), a date (`"2011-04-01"`) or an
 * interval of two of these (`"2011-01/2011-11"`, `"1988/1992"`) whose start is not after its end.
 *
 * @example
 * ```ts
 * import { Period } from 'azerbaijan-data/schema';
 * Period.parse('2011-01/2011-11'); //=> '2011-01/2011-11'
 * Period.safeParse('2011-11-31').success; //=> false
 * ```
 */
export const Period = z
  .string()
  .regex(periodPattern, 'expected an ISO 8601 year, month, date or interval "start/end"')
  .refine((p) => bounds(p).every(isRealDate), 'expected a date that exists in the calendar')
  .refine((p) => {
    const [start, end] = bounds(p);
    return start.slice(0, end.length) <= end.slice(0, start.length);
  }, 'expected an interval whose start is not after its end');

/** An ISO 8601 period string, as validated by {@link Period}. */
export type Period = z.infer<typeof Period>;

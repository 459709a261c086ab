import { UsageError } from './usageError.js';

/** The years `--period` asks for, ends included: `2022` is 2022–2022, `2009-2015` is 2009–2015. */
export interface PeriodFilter {
  readonly from: number;
  readonly to: number;
  /** As given on the command line. */
  readonly text: string;
}

const usage = 'a year (2022) or a range of years, ends included (2009-2015 or 2009..2015)';

/**
 * The years of `--period`: a year (`2022`) or a range of years with its ends included
 * (`2009-2015` or `2009..2015`).
 *
 * @throws {UsageError} for anything else, or a range that runs backwards (`2015-2009`).
 */
export function parsePeriod(text: string): PeriodFilter {
  const year = /^(\d{4})$/.exec(text);
  if (year !== null) return { from: Number(year[1]), to: Number(year[1]), text };
  const range = /^(\d{4})(?:-|\.\.)(\d{4})$/.exec(text);
  if (range === null) throw new UsageError(`--period must be ${usage}; received "${text}"`);
  const [from, to] = [Number(range[1]), Number(range[2])];
  if (from > to) throw new UsageError(`--period ${text} runs backwards; write the earlier year first (${to}-${from})`);
  return { from, to, text };
}

/**
 * Whether an ISO 8601 period (a year, month or date, or an interval of them) lies wholly within
 * the years of the filter: `2011-04-01` and `2011-01-01/2011-11-30` lie within 2011; the
 * interval `2001/2009` lies within 2001-2009 and 2000-2010, not within 2009.
 */
export function inPeriod(period: string, filter: PeriodFilter): boolean {
  const [start = '', end = start] = period.split('/');
  return Number(start.slice(0, 4)) >= filter.from && Number(end.slice(0, 4)) <= filter.to;
}

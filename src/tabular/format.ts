import type { Observation, Qualifier } from '../model/observation.js';
import type { Unit } from '../model/unit.js';

/** How each unit reads in a table heading or an axis title. */
export const unitLabels: Readonly<Record<Unit, string>> = {
  persons: 'persons',
  'thousand-persons': 'thousand persons',
  percent: 'percent',
  fraction: 'fraction (0–1)',
  usd: 'US dollars',
  'million-usd': 'million US dollars',
  'billion-usd': 'billion US dollars',
  km2: 'km²',
  km: 'km',
  m2: 'm²',
  tons: 'tons',
  count: 'count',
  'count-per-month': 'count per month',
  cases: 'cases',
  years: 'years',
  rank: 'rank',
  ratio: 'ratio (multiple)',
};

/** A short sign for each qualifier, for narrow tables and chart legends. */
export const qualifierSigns: Readonly<Record<Qualifier, string>> = {
  exact: '=',
  approximate: '≈',
  atLeast: '≥',
  atMost: '≤',
  range: '–',
};

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });

/** A number with thousands separators, every digit kept: `1432.6` → `"1,432.6"`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** The figure of an observation: its value, or `low–high` for a range. */
export function formatValue(o: Observation): string {
  return o.qualifier === 'range' ? `${formatNumber(o.low)}–${formatNumber(o.high)}` : formatNumber(o.value);
}

/** The qualifier with the source's own word, where it has one: `atLeast ("more than")`. */
export function formatQualifier(o: Pick<Observation, 'qualifier' | 'wording'>): string {
  return o.wording === undefined ? o.qualifier : `${o.qualifier} ("${o.wording}")`;
}

/** The dimensions of an observation as `key=code` pairs, or `""` where it has none. */
export function formatDimensions(dimensions: Readonly<Record<string, string>>): string {
  return Object.entries(dimensions)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

/** How precise an ISO 8601 date or period is: `1991` → `year`, `2000-03` → `month`, `2006/2008` → `year-interval`. */
export function datePrecision(date: string): 'year' | 'month' | 'day' | 'year-interval' | 'month-interval' | 'day-interval' {
  const [start = ''] = date.split('/');
  const unit = /^\d{4}-\d{2}-\d{2}$/.test(start) ? 'day' : /^\d{4}-\d{2}$/.test(start) ? 'month' : /^\d{4}$/.test(start) ? 'year' : undefined;
  if (unit === undefined) throw new RangeError(`datePrecision: "${date}" is not an ISO 8601 year, month, date or interval of them`);
  return date.includes('/') ? `${unit}-interval` : unit;
}

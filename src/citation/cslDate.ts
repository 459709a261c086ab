import type { CslItem } from './cslItem.js';

/**
 * A period of the data model (`"2011"`, `"2007-10"`, `"2023-09-22"`, `"2011-12/2012"`) as a CSL
 * date: one `date-parts` entry, or two for an interval (both ends at the precision of the coarser). Internal to the citation modules.
 */
export function cslDate(period: string): { 'date-parts': number[][] } {
  const instants = period.split('/').map((instant) => instant.split('-').map(Number));
  // CSL wants both ends of a range at the same precision: `2011-12/2012` becomes 2011–2012
  const precision = Math.min(...instants.map((parts) => parts.length));
  return { 'date-parts': instants.map((parts) => parts.slice(0, precision)) };
}

/** The year (or years, `2011–2012`) of a CSL date, for plain text. */
export function yearsOf(date: NonNullable<CslItem['issued']>): string {
  const years = [...new Set(date['date-parts'].map((parts) => parts[0]))];
  return years.join('–');
}

import type { Source } from '../model/source.js';
import { cslDate, yearsOf } from './cslDate.js';

/**
 * A short reference to a document, for "as cited in": `"title" (publisher or authors, year)`,
 * an inferred year marked `c.`, `n.d.` without one. Internal to the citation modules (and to
 * scripts/generate-indices.ts, which writes the documents' short references with it).
 */
export function shortReference(s: Source): string {
  const year = s.published ? `${s.published.basis === 'inferred' ? 'c. ' : ''}${yearsOf(cslDate(s.published.date))}` : 'n.d.';
  const by = s.publisher ?? s.authors?.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join(', ');
  return `"${s.title}" (${by !== undefined ? `${by}, ` : ''}${year})`;
}
